package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

import vn.nhiemvu.deadline.Recurrence;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.shared.Message;

/**
 * A task as people and the API see it: references resolved, status evaluated as of a date under a
 * policy, with the reason and the deadline it was judged against, and every deadline change.
 *
 * @param recurrence  how often the deadline recurs ("hằng tháng"), or null
 * @param completedBy who recorded the completion, on what authority (null if open or not known)
 * @param statusReason the evaluation's explanation in Vietnamese, for the API and files
 * @param statusExplanation the same as codes and arguments, for pages in their reader's language (not in the API)
 */
public record TaskView(long id, TaskKind kind, String title, String description, DirectiveRef directive, TaskRef parent,
        SubTasks subTasks, UnitRef leadUnit, AgencyRef leadAgency,
        List<UnitRef> coordinatingUnits, LeaderRef supervisingLeader, LocalDate deadline, String deadlineText,
        Recurrence recurrence,
        LocalDate completedAt, CompletedBy completedBy, String product, TaskStatus status, String statusLabel, String statusReason,
        LocalDate applicableDeadline, long workingDaysLate, EvaluationPolicy.Kind policy, LocalDate asOf,
        List<TaskDeadlineChange> deadlineChanges, long version, Instant createdAt, String createdBy,
        @JsonIgnore List<Message> statusExplanation) {

    /** A task's directive; {@code kind} in Vietnamese for the API, {@code kindCode} its key for pages (ADR 0033). */
    public record DirectiveRef(long id, String number, String kind, @JsonIgnore String kindCode) {
    }

    public record TaskRef(long id, String title) {
    }

    /** The roll-up of a task's sub-tasks as of the date: progress is the share completed. */
    public record SubTasks(long total, long completed, int progressPercent) {

        public static SubTasks of(long total, long completed) {
            return new SubTasks(total, completed, total == 0 ? 0 : (int) (completed * 100 / total));
        }
    }

    /**
     * The outside agency (another ministry, a province) that leads the task, reporting on it through its focal person
     * (ADR 0053); the lead unit is then the ministry's unit that follows it. Null for a task the ministry leads.
     */
    public record AgencyRef(long id, String code, String name) {
    }

    public record UnitRef(long id, String code, String name) {
    }

    public record LeaderRef(long id, String fullName, String title) {
    }
}
