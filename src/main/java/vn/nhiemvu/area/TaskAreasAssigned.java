package vn.nhiemvu.area;

import java.util.List;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;

/** A task's areas were set (the codes before and after are in the audit): audited under the task's id. */
public record TaskAreasAssigned(long agencyId, long taskId, List<String> codes, String actor, AuditedChange audit)
        implements AuditableEvent.OfChange {

    public TaskAreasAssigned {
        codes = List.copyOf(codes);
    }

    @Override
    public String entityType() {
        return "TASK_AREAS";
    }

    @Override
    public long entityId() {
        return taskId;
    }

    @Override
    public String action() {
        return "ASSIGNED";
    }
}
