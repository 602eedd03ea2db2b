package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

import vn.nhiemvu.evaluation.Scorecard;

/**
 * What an indicator computed from tasks measures (ADR 0051), defined once over the evaluator's scorecard of the tasks
 * of the indicator's area due in a recording period ({@link vn.nhiemvu.evaluation.Rankings} counts them: due = on time
 * + late + overdue): the statuses are the evaluation module's, never derived here.
 */
public enum TaskMetric {
    /** Completed on time over the tasks due, in percent (two decimals); none due: no value. */
    ON_TIME_RATIO(Direction.HIGHER_IS_BETTER),
    /** Tasks due in the period and still not completed after their deadline. */
    OVERDUE_COUNT(Direction.LOWER_IS_BETTER),
    /** Working days late, summed over the late and the overdue tasks due in the period. */
    WORKING_DAYS_LATE(Direction.LOWER_IS_BETTER);

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Direction better;

    TaskMetric(Direction better) {
        this.better = better;
    }

    /** Which way is better for this metric: an indicator computed with it must say the same. */
    public Direction better() {
        return better;
    }

    /** The metric over the scorecard; empty when it has no value (a ratio over no task due). */
    public Optional<BigDecimal> of(Scorecard due) {
        return switch (this) {
            case ON_TIME_RATIO -> due.due() == 0 ? Optional.empty()
                    : Optional.of(BigDecimal.valueOf(due.onTime()).multiply(HUNDRED)
                            .divide(BigDecimal.valueOf(due.due()), 2, RoundingMode.HALF_UP).stripTrailingZeros());
            case OVERDUE_COUNT -> Optional.of(BigDecimal.valueOf(due.overdue()));
            case WORKING_DAYS_LATE -> Optional.of(BigDecimal.valueOf(due.workingDaysLate()));
        };
    }

    public String code() {
        return "measurement.metric." + name();
    }
}
