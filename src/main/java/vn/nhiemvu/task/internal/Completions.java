package vn.nhiemvu.task.internal;

import java.time.LocalDate;
import java.util.function.Function;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.CompletedBy;
import vn.nhiemvu.task.CompletionPolicy;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskDeadline;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;

/**
 * Recording and reopening a task's completion. The aggregate keeps the order of its rules (a date, an open task,
 * then the authority); {@link CompletionPolicy} judges the date and the steps; a completion may complete the parent
 * too (the roll-up), in the same transaction.
 */
@Service
@Transactional
class Completions {

    private final JdbcTasks tasks;
    private final TasksInScope inScope;
    private final CompletionFacts facts;
    private final CompletionPolicy policy;
    private final ApplicationEventPublisher events;

    Completions(JdbcTasks tasks, TasksInScope inScope, CompletionFacts facts, CompletionPolicy policy,
            ApplicationEventPublisher events) {
        this.tasks = tasks;
        this.inScope = inScope;
        this.facts = facts;
        this.policy = policy;
        this.events = events;
    }

    TaskView complete(CurrentUser user, long id, LocalDate completedAt, String reason) {
        Task current = inScope.visible(user, id);
        TaskPermissions.check(user, current, TaskPermissions.Action.RECORD_COMPLETION);
        TaskEvent.TaskCompleted completed = current.complete(completedAt,
                () -> judged(user, current, completedAt, false, reason, "completedAt",
                        Message.of("completion.date.completed")), user.username());
        return completeAs(user, completed);
    }

    TaskView completeBySubmission(CurrentUser user, long id, LocalDate documentDate, String field) {
        Task current = inScope.visible(user, id);
        TaskPermissions.check(user, current, TaskPermissions.Action.RECORD_COMPLETION);
        CompletedBy by = judged(user, current, documentDate, true, null, field,
                Message.of("completion.date.document"));
        return current.isCompleted() ? inScope.view(user, current)
                : completeAs(user, current.complete(documentDate, () -> by, user.username()));
    }

    private TaskView completeAs(CurrentUser user, TaskEvent.TaskCompleted completed) {
        TaskView view = save(user, completed.before(), completed.task(), completed::stored);
        rollUp(user, completed.before().parentTaskId(), completed.task().completedBy());
        return view;
    }

    TaskView reopen(CurrentUser user, long id) {
        Task current = inScope.visible(user, id);
        TaskPermissions.check(user, current, TaskPermissions.Action.RECORD_COMPLETION);
        TaskEvent.TaskReopened reopened = current.reopen(user);
        return save(user, current, reopened.task(), reopened::stored);
    }

    /** Writes the change, reads it back and publishes its event with the stored task. */
    private TaskView save(CurrentUser user, Task before, Task after, Function<Task, TaskEvent> stored) {
        if (!tasks.update(after)) {
            throw Task.stale(before.id());
        }
        Task saved = inScope.reread(user, before.id());
        events.publishEvent(stored.apply(saved));
        return inScope.view(user, saved);
    }

    /**
     * The completion judged by {@link CompletionPolicy}: who records it, or a 400 on the date's field (or on the
     * Office's reason), or a 409 naming the missing steps and the rules page.
     */
    private CompletedBy judged(CurrentUser user, Task task, LocalDate date, boolean bySubmission, String reason,
            String field, Message what) {
        if (date.isBefore(TaskDeadline.EARLIEST)) {
            throw InvalidInputException.of(field, Message.of("invalid.task.completion.date", what));
        }
        var verdict = policy.judge(user, date, facts.of(task), bySubmission, reason, what);
        if (verdict instanceof CompletionPolicy.Verdict.DateRefused refused) {
            throw InvalidInputException.of(field, refused.message());
        }
        if (verdict instanceof CompletionPolicy.Verdict.ReasonRequired required) {
            throw InvalidInputException.of("reason", required.message());
        }
        if (verdict instanceof CompletionPolicy.Verdict.StepsMissing missing) {
            throw new ConflictException(ConflictException.Kind.STATE, missing.message())
                    .with("missingSteps", missing.missing()).with("rules", CompletionPolicy.RULES_PAGE);
        }
        var allowed = (CompletionPolicy.Verdict.Allowed) verdict;
        return new CompletedBy(user.username(), CompletionPolicy.source(user, bySubmission),
                user.role() == Role.UNIT ? user.unitId() : null, allowed.beyondLimits(), allowed.skipped(),
                allowed.reason());
    }

    /**
     * The roll-up ({@link Task#completeWithSubTasks}): each parent whose sub-tasks are now all completed is completed
     * too, for whoever completed the last one, as part of that change, up the tree.
     */
    private void rollUp(CurrentUser user, Long parentId, CompletedBy by) {
        while (parentId != null) {
            Task parent = tasks.findAny(parentId).orElse(null);
            if (parent == null || parent.isCompleted() || tasks.openSubTasks(parentId) > 0) {
                return;
            }
            TaskEvent.TaskCompleted completed = parent.completeWithSubTasks(tasks.lastSubTaskCompletion(parentId), by,
                    user.username());
            if (!tasks.update(completed.task())) {
                throw Task.stale(parentId);
            }
            events.publishEvent(completed.stored(tasks.findAny(parentId).orElseThrow()));
            parentId = parent.parentTaskId();
        }
    }
}
