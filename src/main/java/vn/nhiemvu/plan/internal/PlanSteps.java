package vn.nhiemvu.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

import org.springframework.stereotype.Component;

import vn.nhiemvu.plan.PlanState;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.TaskStep;
import vn.nhiemvu.task.TaskStepSource;

/**
 * The task's plan approvals: a completion is not dated before the latest one, and a kind of task may require an
 * approved plan before it is completed.
 */
@Component
class PlanSteps implements TaskStepSource {

    private final JdbcPlans plans;
    private final Clock clock;

    PlanSteps(JdbcPlans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @Override
    public Optional<TaskStep> latestStep(long agencyId, long taskId) {
        return approvals(agencyId, taskId).max(Instant::compareTo)
                .map(at -> new TaskStep(day(at), Message.of("completion.task-step.plan-approved")));
    }

    /** The plan approved, since its first approval. */
    @Override
    public Map<CompletionStep, LocalDate> pathSteps(long agencyId, long taskId) {
        return approvals(agencyId, taskId).min(Instant::compareTo)
                .map(at -> Map.of(CompletionStep.PLAN_APPROVED, day(at))).orElse(Map.of());
    }

    /** When each approved version was approved; a superseded version was approved before a newer one replaced it. */
    private Stream<Instant> approvals(long agencyId, long taskId) {
        return plans.versions(agencyId, taskId).stream()
                .filter(v -> v.state() == PlanState.APPROVED || v.state() == PlanState.SUPERSEDED)
                .map(PlanVersion::decidedAt).filter(Objects::nonNull);
    }

    private LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, clock.getZone());
    }
}
