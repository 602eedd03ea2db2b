package vn.nhiemvu.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskManagement;

/**
 * Keeps the aggregates in step with the tasks: runs inside the transaction of each task change (like the
 * audit), takes away the task's contribution before the change and adds the one after it.
 */
@Component
class AggregateListener {

    private final TaskManagement tasks;
    private final Contributions contributions;
    private final Evaluations evaluations;
    private final JdbcAggregates store;
    private final WorkingCalendar calendar;
    private final Clock clock;

    AggregateListener(TaskManagement tasks, Contributions contributions, Evaluations evaluations, JdbcAggregates store,
            WorkingCalendar calendar, Clock clock) {
        this.tasks = tasks;
        this.contributions = contributions;
        this.evaluations = evaluations;
        this.store = store;
        this.calendar = calendar;
        this.clock = clock;
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void on(TaskEvent event) {
        TaskEvaluator evaluator = evaluations.evaluator(event.agencyId());
        Contribution before = null;
        Contribution after = null;
        if (event instanceof TaskEvent.TaskCreated created) {
            after = of(created.task(), evaluator);
        } else if (event instanceof TaskEvent.TaskUpdated updated) {
            before = of(updated.before(), evaluator);
            after = of(updated.task(), evaluator);
        } else if (event instanceof TaskEvent.TaskCompleted completed) {
            before = of(completed.before(), evaluator);
            after = of(completed.task(), evaluator);
        } else if (event instanceof TaskEvent.TaskReopened reopened) {
            before = of(reopened.before(), evaluator);
            after = of(reopened.task(), evaluator);
        } else if (event instanceof TaskEvent.TaskDeadlineChangeRecorded recorded) {
            // The change is already stored: the task without it is the task before.
            TaskFacts now = tasks.facts(recorded.task());
            before = contributions.of(recorded.task(), without(now, recorded.change().toFact()), evaluator);
            after = contributions.of(recorded.task(), now, evaluator);
        } else if (event instanceof TaskEvent.TaskDeleted deleted) {
            before = of(deleted.task(), evaluator);
        } else {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        store.replace(event.agencyId(), before, after, today, Tally.dueSoonUntil(calendar, evaluator.policy(), today));
    }

    private Contribution of(Task task, TaskEvaluator evaluator) {
        return contributions.of(task, tasks.facts(task), evaluator);
    }

    private static TaskFacts without(TaskFacts facts, DeadlineChange change) {
        var changes = new ArrayList<>(facts.deadlineChanges());
        changes.remove(change);
        return new TaskFacts(facts.deadline(), facts.completedAt(), facts.extensionCutoff(), changes);
    }
}
