package vn.nhiemvu.monitoring;

import vn.nhiemvu.audit.AuditableEvent;

/** An urging letter listed the task; recorded in the task's history. */
public record UrgingLetterIssued(long agencyId, long taskId, long letterId, String number, String actor)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "TASK";
    }

    @Override
    public long entityId() {
        return taskId;
    }

    @Override
    public String action() {
        return "URGED";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return java.util.Map.of("letterId", letterId, "number", number);
    }
}
