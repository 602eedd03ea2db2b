package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;

/**
 * A task as people and the API see it: references resolved, status evaluated as of a date under a
 * policy, with the reason and the deadline it was judged against, and every deadline change.
 */
public record TaskView(long id, String title, String description, DirectiveRef directive, UnitRef leadUnit,
        List<UnitRef> coordinatingUnits, LeaderRef supervisingLeader, LocalDate deadline, String deadlineText,
        LocalDate completedAt, String product, TaskStatus status, String statusLabel, String statusReason,
        LocalDate applicableDeadline, long workingDaysLate, EvaluationPolicy.Kind policy, LocalDate asOf,
        List<TaskDeadlineChange> deadlineChanges, long version, Instant createdAt, String createdBy) {

    public record DirectiveRef(long id, String number, String kind) {
    }

    public record UnitRef(long id, String code, String name) {
    }

    public record LeaderRef(long id, String fullName, String title) {
    }
}
