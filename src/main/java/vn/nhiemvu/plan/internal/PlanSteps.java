package vn.nhiemvu.plan.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.nhiemvu.plan.PlanState;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.task.TaskStep;
import vn.nhiemvu.task.TaskStepSource;

/** The latest approval of the task's plan: a completion is not dated before the plan for the work was approved. */
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
        // A superseded version was approved before a newer one replaced it.
        return plans.versions(agencyId, taskId).stream()
                .filter(v -> v.state() == PlanState.APPROVED || v.state() == PlanState.SUPERSEDED)
                .map(PlanVersion::decidedAt).filter(Objects::nonNull).max(Instant::compareTo)
                .map(at -> new TaskStep(LocalDate.ofInstant(at, clock.getZone()), "kế hoạch thực hiện được phê duyệt"));
    }
}
