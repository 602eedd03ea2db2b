package vn.nhiemvu.plan;

import java.time.LocalDate;
import java.util.Set;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;

/**
 * Something that happened to a task's plan or progress, one record per fact (ADR 0032): the facts the notices read,
 * and, for the task's history only (entity TASK), the plan or report before and after in {@link #audit()}.
 */
public sealed interface PlanEvent extends AuditableEvent.OfChange, AuditableEvent.InTaskHistory {

    /** What the audit log records; other listeners read the event's own fields. */
    @Override
    AuditedChange audit();

    record PlanDrafted(long taskId, long agencyId, String actor, int number, AuditedChange audit) implements PlanEvent {
        @Override
        public String action() {
            return "PLAN_DRAFTED";
        }
    }

    record PlanEdited(long taskId, long agencyId, String actor, int number, AuditedChange audit) implements PlanEvent {
        @Override
        public String action() {
            return "PLAN_EDITED";
        }
    }

    /** {@code version} is the plan version's lock counter; {@code lastDueDate} the latest milestone's, if any. */
    record PlanSubmitted(long taskId, long agencyId, String actor, int number, long version, int milestones,
            LocalDate lastDueDate, AuditedChange audit) implements PlanEvent {
        @Override
        public String action() {
            return "PLAN_SUBMITTED";
        }
    }

    record PlanApproved(long taskId, long agencyId, String actor, int number, long version,
            Set<Long> openMilestoneIds, AuditedChange audit) implements PlanEvent {
        @Override
        public String action() {
            return "PLAN_APPROVED";
        }
    }

    record PlanReturned(long taskId, long agencyId, String actor, int number, long version, String comment,
            AuditedChange audit) implements PlanEvent {
        @Override
        public String action() {
            return "PLAN_RETURNED";
        }
    }

    /** An approved plan gave way to a newly approved one. */
    record PlanSuperseded(long taskId, long agencyId, String actor, int number, AuditedChange audit)
            implements PlanEvent {
        @Override
        public String action() {
            return "PLAN_SUPERSEDED";
        }
    }

    record MilestoneCompleted(long taskId, long agencyId, String actor, long milestoneId, Set<Long> openMilestoneIds,
            AuditedChange audit) implements PlanEvent {
        @Override
        public String action() {
            return "MILESTONE_COMPLETED";
        }
    }

    /** {@code byLeadUnit}: the lead unit's report, not a coordinating unit's part. */
    record ProgressReported(long taskId, long agencyId, String actor, long reportId, boolean byLeadUnit,
            AuditedChange audit) implements PlanEvent {
        @Override
        public String action() {
            return "PROGRESS_REPORTED";
        }
    }
}
