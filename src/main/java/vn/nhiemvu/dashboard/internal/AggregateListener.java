package vn.nhiemvu.dashboard.internal;

import java.util.ArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskCountingFacts;
import vn.nhiemvu.task.TaskEvent;
import vn.nhiemvu.task.TaskManagement;

/**
 * Keeps the aggregates in step with the tasks: runs inside the transaction of each task change (like the
 * audit) and records the increments that take away the task's contribution before the change and add the one after
 * it; a fold applies them later (ADR 0020). The change first passes one of the agency's gates, which a recount closes
 * all at once while it reads the tasks; one gate per transaction, so that two changes in one transaction cannot wait
 * for a recount that waits for them.
 */
@Component
class AggregateListener {

    private final TaskManagement tasks;
    private final Contributions contributions;
    private final Evaluations evaluations;
    private final JdbcIncrements increments;
    private final AggregateLocks locks;

    AggregateListener(TaskManagement tasks, Contributions contributions, Evaluations evaluations,
            JdbcIncrements increments, AggregateLocks locks) {
        this.tasks = tasks;
        this.contributions = contributions;
        this.evaluations = evaluations;
        this.increments = increments;
        this.locks = locks;
    }

    /** Marks a transaction that holds one of the agency's gates. */
    private record GatePassed(long agencyId) implements TransactionSynchronization {
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
            TaskCountingFacts now = tasks.facts(recorded.task());
            before = contributions.of(recorded.task(), now.with(without(now.facts(), recorded.change().toFact())),
                    evaluator);
            after = contributions.of(recorded.task(), now, evaluator);
        } else if (event instanceof TaskEvent.TaskDeleted deleted) {
            before = of(deleted.task(), evaluator);
        } else {
            return;
        }
        Deltas deltas = Deltas.of(before, after);
        if (!deltas.isEmpty()) {
            passGate(event.agencyId(), event.task().id());
            increments.record(event.agencyId(), deltas);
        }
    }

    /**
     * Consecutive tasks (concurrent creates) pass different gates. The marker is a synchronization of the transaction,
     * not a resource of the thread: a transaction started inside this one (REQUIRES_NEW) passes its own gate.
     */
    private void passGate(long agencyId, long taskId) {
        if (TransactionSynchronizationManager.getSynchronizations().contains(new GatePassed(agencyId))) {
            return;
        }
        locks.lockGate(agencyId, 1 + (int) Math.floorMod(taskId, (long) AggregateLocks.GATES));
        TransactionSynchronizationManager.registerSynchronization(new GatePassed(agencyId));
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
