package vn.nhiemvu.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskCountingFacts;

/**
 * Turns a task and its facts into its contribution, by the evaluation module's rules: an open task counts on the
 * day its applicable deadline is judged by ({@link TaskEvaluator#judgedBy}). That day does not
 * depend on the as-of date once every recorded decision has happened (decisions are never in the future),
 * so the aggregates judge the open tasks exactly on any date from today on.
 */
@Component
class Contributions {

    private final Clock clock;

    Contributions(Clock clock) {
        this.clock = clock;
    }

    /** The task is received in the month it was assigned (not the month it was typed in). */
    Contribution of(Task task, TaskCountingFacts counting, TaskEvaluator evaluator) {
        TaskFacts facts = counting.facts();
        LocalDate today = LocalDate.now(clock);
        LocalDate asOf = facts.completedAt() != null && facts.completedAt().isAfter(today) ? facts.completedAt() : today;
        Evaluation evaluation = evaluator.evaluate(facts, asOf);
        LocalDate received = counting.assignedOn().withDayOfMonth(1);
        long leader = task.supervisingLeaderId() == null ? 0 : task.supervisingLeaderId();
        TaskStatus status = evaluation.status();
        if (status == TaskStatus.COMPLETED_ON_TIME || status == TaskStatus.COMPLETED_LATE) {
            return new Contribution(task.agencyId(), task.leadUnitId(), leader,
                    status == TaskStatus.COMPLETED_ON_TIME ? Contribution.Kind.CLOSED_ON_TIME
                            : Contribution.Kind.CLOSED_LATE,
                    facts.completedAt(), received);
        }
        LocalDate deadline = evaluation.applicableDeadline();
        if (deadline == null) {
            return new Contribution(task.agencyId(), task.leadUnitId(), leader, Contribution.Kind.OPEN_UNDATED, null,
                    received);
        }
        return new Contribution(task.agencyId(), task.leadUnitId(), leader, Contribution.Kind.OPEN_DATED,
                evaluator.judgedBy(deadline), received);
    }
}
