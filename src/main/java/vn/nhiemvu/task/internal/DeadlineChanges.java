package vn.nhiemvu.task.internal;

import java.time.LocalDate;
import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskDeadline;
import vn.nhiemvu.task.TaskDeadlineChange;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;

/**
 * Leadership's decisions on a task's deadline, recorded as they were made (by the Office from a letter, or by a
 * decided extension request): the task keeps every one, with the deadline that was in force before it, and evaluation
 * judges the task against them.
 */
@Service
@Transactional
class DeadlineChanges {

    private static final int MAX_NAME = 200;
    private static final int MAX_REASON = 2000;

    private final JdbcDeadlineChanges changes;
    private final TasksInScope inScope;
    private final ApplicationEventPublisher events;

    DeadlineChanges(JdbcDeadlineChanges changes, TasksInScope inScope, ApplicationEventPublisher events) {
        this.changes = changes;
        this.inScope = inScope;
        this.events = events;
    }

    TaskView record(CurrentUser user, long id, DeadlineChangeDraft draft) {
        Task task = inScope.visible(user, id);
        TaskPermissions.check(user, task, TaskPermissions.Action.RECORD_DEADLINE_CHANGE);
        var errors = new InvalidInputException.Collector();
        LocalDate today = inScope.today();
        if (draft.requestedOn() == null) {
            errors.add("requestedOn", Message.of("invalid.task.requested-on.required"));
        } else if (draft.requestedOn().isAfter(today)) {
            errors.add("requestedOn", Message.of("invalid.task.requested-on.invalid"));
        }
        if (draft.proposedDeadline() == null) {
            errors.add("proposedDeadline", Message.of("invalid.task.proposed-deadline.required"));
        } else if (!TaskDeadline.inRange(draft.proposedDeadline())) {
            errors.add("proposedDeadline", Message.of("invalid.task.proposed-deadline.range"));
        }
        if (draft.decision() == null) {
            errors.add("decision", Message.of("invalid.task.decision.required"));
        }
        // Approved with no other date: the date asked for is the one granted.
        LocalDate approved = draft.decision() != DeadlineChange.Decision.APPROVED ? null
                : draft.approvedDeadline() != null ? draft.approvedDeadline() : draft.proposedDeadline();
        if (draft.approvedDeadline() != null && draft.decision() == DeadlineChange.Decision.REJECTED) {
            errors.add("approvedDeadline", Message.of("invalid.task.approved-deadline.required"));
        } else if (approved != null && !TaskDeadline.inRange(approved)) {
            errors.add("approvedDeadline", Message.of("invalid.task.approved-deadline.range"));
        } else if (approved != null && draft.requestedOn() != null && !approved.isAfter(draft.requestedOn())) {
            errors.add(draft.approvedDeadline() != null ? "approvedDeadline" : "proposedDeadline",
                    Message.of("invalid.task.approved-deadline.after-request", DisplayDates.date(approved), DisplayDates.date(draft.requestedOn())));
        }
        if (draft.decidedOn() == null) {
            errors.add("decidedOn", Message.of("invalid.task.decided-on.required"));
        } else if (draft.decidedOn().isAfter(today)) {
            errors.add("decidedOn", Message.of("invalid.task.decided-on.future"));
        } else if (draft.requestedOn() != null && draft.decidedOn().isBefore(draft.requestedOn())) {
            errors.add("decidedOn", Message.of("invalid.task.decided-on.before-request"));
        }
        if (draft.decidedBy() == null || draft.decidedBy().isBlank()) {
            errors.add("decidedBy", Message.of("invalid.task.decided-by.required"));
        } else if (draft.decidedBy().length() > MAX_NAME) {
            errors.add("decidedBy", Message.of("invalid.task.decided-by.too-long", MAX_NAME));
        }
        if (draft.requestRef() != null && draft.requestRef().length() > MAX_NAME) {
            errors.add("requestRef", Message.of("invalid.task.request-ref.too-long", MAX_NAME));
        }
        if (draft.reason() != null && draft.reason().length() > MAX_REASON) {
            errors.add("reason", Message.of("invalid.task.reason.too-long", MAX_REASON));
        }
        errors.throwIfAny();
        save(user, task, new DeadlineChangeDraft(draft.requestedOn(), draft.proposedDeadline(), approved,
                draft.decision(), draft.decidedOn(), draft.decidedBy(), draft.requestRef(), draft.reason()));
        return inScope.view(user, task);
    }

    /** Stores the decision with the deadline in force before it, and announces it. */
    void save(CurrentUser user, Task task, DeadlineChangeDraft draft) {
        LocalDate previous = inScope.deadlineInForce(user, task);
        long changeId = changes.insert(task, previous, draft, user.username());
        TaskDeadlineChange change = changes.of(List.of(task.id())).get(task.id()).stream()
                .filter(c -> c.id() == changeId).findFirst().orElseThrow();
        events.publishEvent(new TaskEvent.TaskDeadlineChangeRecorded(task, change, user.username()));
    }
}
