package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import vn.nhiemvu.deadline.Recurrence;

/**
 * A task as stored: one lead unit (Nghị định 39/2022: one lead per task), any number of
 * coordinating units, an optional supervising leader and deadline. Its status is never stored:
 * it is computed as of a date by the evaluation module.
 *
 * @param parentTaskId the task this one was broken down from (a task received from above split among units), or null
 * @param deadlineText the deadline as the directive words it ("trong quý III năm 2020"), kept beside the date
 * @param recurrence   how often the deadline recurs when the wording says so ("hằng tháng"), else null; the
 *                     deadline is then the instance being tracked
 * @param completedBy  who recorded the completion, on what authority (null if open, or not known)
 * @param version      increases with every change; the API's ETag
 */
public record Task(long id, long agencyId, Long directiveId, Long parentTaskId, TaskKind kind, String title, String description, long leadUnitId,
        List<Long> coordinatingUnitIds, Long supervisingLeaderId, LocalDate deadline, String deadlineText,
        Recurrence recurrence, LocalDate completedAt, CompletedBy completedBy, String product, long version, Instant createdAt, String createdBy) {

    public Task {
        Objects.requireNonNull(title, "title");
        kind = kind == null ? TaskKind.OTHER : kind;
        coordinatingUnitIds = List.copyOf(coordinatingUnitIds);
        if (completedAt == null && completedBy != null) {
            throw new IllegalArgumentException("an open task has no recorder of its completion");
        }
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /**
     * The day the task was assigned: the date of the directive that assigned it, else the day it was entered. A task
     * typed in today from a 2020 directive was assigned in 2020; trends and periodic reports count it there.
     *
     * @param directiveIssueDate the issue date of the task's directive (null: no directive)
     */
    public LocalDate assignedOn(LocalDate directiveIssueDate, ZoneId zone) {
        return directiveIssueDate != null ? directiveIssueDate : LocalDate.ofInstant(createdAt, zone);
    }

    /** Whether the unit leads or coordinates the task. */
    public boolean involves(long unitId) {
        return leadUnitId == unitId || coordinatingUnitIds.contains(unitId);
    }

    /** The same task, completed on the date by whoever is named. */
    public Task completedOn(LocalDate date, CompletedBy by) {
        if (isCompleted()) {
            throw new IllegalStateException("task " + id + " is already completed");
        }
        return new Task(id, agencyId, directiveId, parentTaskId, kind, title, description, leadUnitId, coordinatingUnitIds,
                supervisingLeaderId, deadline, deadlineText, recurrence, Objects.requireNonNull(date), Objects.requireNonNull(by), product, version,
                createdAt, createdBy);
    }

    /** The same task, no longer completed. */
    public Task reopened() {
        if (!isCompleted()) {
            throw new IllegalStateException("task " + id + " is not completed");
        }
        return new Task(id, agencyId, directiveId, parentTaskId, kind, title, description, leadUnitId, coordinatingUnitIds,
                supervisingLeaderId, deadline, deadlineText, recurrence, null, null, product, version, createdAt, createdBy);
    }
}
