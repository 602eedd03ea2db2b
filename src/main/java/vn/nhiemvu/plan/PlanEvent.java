package vn.nhiemvu.plan;

import vn.nhiemvu.audit.AuditableEvent;

/**
 * Something that happened to a task's plan or progress; recorded in the task's history (entity TASK).
 * Actions: PLAN_DRAFTED, PLAN_EDITED, PLAN_SUBMITTED, PLAN_APPROVED, PLAN_RETURNED, PLAN_SUPERSEDED,
 * MILESTONE_COMPLETED, PROGRESS_REPORTED.
 */
public record PlanEvent(long taskId, long agencyId, String action, String actor, Object before, Object after)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "TASK";
    }

    @Override
    public long entityId() {
        return taskId;
    }
}
