package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import vn.nhiemvu.deadline.Recurrence;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A task, the aggregate of the task module: one lead unit (Nghị định 39/2022: one lead per task), any number of
 * coordinating units, an optional supervising leader and deadline. Its status is never stored: it is computed as of
 * a date by the evaluation module.
 * <p>
 * Its life: it is {@linkplain #assign assigned} (or broken down from a parent, as a sub-task), {@linkplain #revise
 * revised}, {@linkplain #complete completed} — by a person, or {@linkplain #completeWithSubTasks with its last
 * sub-task} — perhaps {@linkplain #reopen reopened}, and rarely {@linkplain #delete deleted} when entered by mistake.
 * Each of these checks the task's rules and returns the event it causes, carrying the task as it will be stored; the
 * service writes that state, reads it back (version, timestamps) and publishes the event with it
 * ({@code stored(…)}). The rules a draft is checked against field by field are here too ({@link #MAX_COORDINATING},
 * {@link #leadAlsoCoordinating}, {@link #laterThanParent}, {@link TaskTitle}, {@link TaskDeadline}); the lookups they
 * need (units, the directive, the parent's deadline in force) are the service's.
 * <p>
 * The record is also the stored form, read back as it is (a row edited behind the application's back still reads;
 * the audit's verifier reports the edit), so its constructor checks only what every reader relies on.
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

    /** Coordinating units a task may name. */
    public static final int MAX_COORDINATING = 50;

    public Task {
        Objects.requireNonNull(title, "title");
        kind = kind == null ? TaskKind.OTHER : kind;
        coordinatingUnitIds = List.copyOf(coordinatingUnitIds);
        if (completedAt == null && completedBy != null) {
            throw new IllegalArgumentException("an open task has no recorder of its completion");
        }
    }

    /**
     * What a person decides about a task when assigning or revising it, its references resolved and checked.
     * Built only from a draft that passed the checks: it refuses to hold a broken rule at all.
     */
    public record Terms(TaskKind kind, TaskTitle title, String description, Long directiveId, Long parentTaskId,
            long leadUnitId, List<Long> coordinatingUnitIds, Long supervisingLeaderId, TaskDeadline deadline,
            String deadlineText, Recurrence recurrence, String product) {

        public Terms {
            Objects.requireNonNull(title, "title");
            coordinatingUnitIds = List.copyOf(coordinatingUnitIds);
            if (coordinatingUnitIds.size() > MAX_COORDINATING || coordinatingUnitIds.contains(leadUnitId)) {
                throw new IllegalArgumentException("the lead unit coordinates, or too many coordinate");
            }
        }
    }

    /** The lead unit answers for the task; it does not also coordinate it: the refusal when a coordinating unit is the lead. */
    public static Optional<Message> leadAlsoCoordinating(long leadUnitId, long unitId, String unitName) {
        return unitId == leadUnitId
                ? Optional.of(Message.of("invalid.task.coordinating-units.lead", unitName))
                : Optional.empty();
    }

    /** A sub-task is due no later than its parent: the refusal when its deadline is after the parent's in force. */
    public static Optional<Message> laterThanParent(LocalDate deadline, LocalDate parentDeadline) {
        return deadline != null && parentDeadline != null && deadline.isAfter(parentDeadline)
                ? Optional.of(Message.of("invalid.task.deadline.after-parent", Dates.format(deadline),
                        Dates.format(parentDeadline)))
                : Optional.empty();
    }

    /** A new task of the agency on the terms, open, recorded now by the person. */
    public static TaskEvent.TaskCreated assign(long agencyId, Terms terms, Instant at, String by) {
        return new TaskEvent.TaskCreated(on(0, agencyId, terms, null, null, 0, at, by), by);
    }

    /** The same task on new terms; its completion and its entry stay. */
    public TaskEvent.TaskUpdated revise(Terms terms, String actor) {
        return new TaskEvent.TaskUpdated(this, on(id, agencyId, terms, completedAt, completedBy, version, createdAt, createdBy),
                actor);
    }

    private static Task on(long id, long agencyId, Terms t, LocalDate completedAt, CompletedBy completedBy, long version,
            Instant createdAt, String createdBy) {
        return new Task(id, agencyId, t.directiveId(), t.parentTaskId(), t.kind(), t.title().value(), t.description(),
                t.leadUnitId(), t.coordinatingUnitIds(), t.supervisingLeaderId(),
                t.deadline() == null ? null : t.deadline().date(), t.deadlineText(), t.recurrence(), completedAt,
                completedBy, t.product(), version, createdAt, createdBy);
    }

    /** A change made on an older copy than the stored one is refused (HTTP 412): the person reloads and decides again. */
    public void requireVersion(long expectedVersion) {
        if (version != expectedVersion) {
            throw stale(id);
        }
    }

    public static ConflictException stale(long id) {
        return new ConflictException(ConflictException.Kind.STALE_VERSION, Message.of("conflict.task.task.stale", id));
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /**
     * Completed on the date, on the authority the completion rules grant ({@link CompletionPolicy}, asked only once
     * the date is given and the task is open). A completed task is reopened before another date is recorded.
     */
    public TaskEvent.TaskCompleted complete(LocalDate date, Supplier<CompletedBy> authority, String actor) {
        if (date == null) {
            throw InvalidInputException.of("completedAt", Message.of("invalid.task.completed-at.required"));
        }
        if (isCompleted()) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.task.completion.recorded", DisplayDates.date(completedAt)));
        }
        return new TaskEvent.TaskCompleted(this, completedOn(date, Objects.requireNonNull(authority.get())), actor);
    }

    /**
     * The roll-up rule: a task broken down into sub-tasks is completed when its last sub-task is, on the latest of
     * their dates, on the same authority as that sub-task's completion, without its overrides: the date is derived,
     * not chosen. The caller has found every sub-task completed.
     */
    public TaskEvent.TaskCompleted completeWithSubTasks(LocalDate lastSubTaskCompletion, CompletedBy subTask, String actor) {
        if (isCompleted()) {
            throw new IllegalStateException("task " + id + " is already completed");
        }
        return new TaskEvent.TaskCompleted(this, completedOn(lastSubTaskCompletion,
                new CompletedBy(subTask.username(), subTask.source(), subTask.unitId(), false, List.of(), null)), actor);
    }

    private Task completedOn(LocalDate date, CompletedBy by) {
        return new Task(id, agencyId, directiveId, parentTaskId, kind, title, description, leadUnitId, coordinatingUnitIds,
                supervisingLeaderId, deadline, deadlineText, recurrence, Objects.requireNonNull(date), Objects.requireNonNull(by), product, version,
                createdAt, createdBy);
    }

    /** No longer completed: only a completed task, and only by those {@link CompletionPolicy#reopenRefusal} allows. */
    public TaskEvent.TaskReopened reopen(CurrentUser user) {
        if (!isCompleted()) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.task.reopen.not-completed"));
        }
        CompletionPolicy.reopenRefusal(user, this).ifPresent(reason -> {
            throw new ForbiddenException(reason);
        });
        return new TaskEvent.TaskReopened(this, new Task(id, agencyId, directiveId, parentTaskId, kind, title, description,
                leadUnitId, coordinatingUnitIds, supervisingLeaderId, deadline, deadlineText, recurrence, null, null, product,
                version, createdAt, createdBy), user.username());
    }

    /** Deleted (entered by mistake); a task broken down into sub-tasks keeps them, so it goes after they do. */
    public TaskEvent.TaskDeleted delete(boolean hasSubTasks, String actor) {
        if (hasSubTasks) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.task.task.has-subtasks", id));
        }
        return new TaskEvent.TaskDeleted(this, actor);
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
}
