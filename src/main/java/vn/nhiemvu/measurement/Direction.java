package vn.nhiemvu.measurement;

import java.math.BigDecimal;

/** Which way an indicator is better: a disbursement rate up, a count of overdue tasks down. */
public enum Direction {
    HIGHER_IS_BETTER,
    LOWER_IS_BETTER;

    /** Whether the value reaches the target in this direction (equal counts as reached). */
    public boolean meets(BigDecimal value, BigDecimal target) {
        int c = value.compareTo(target);
        return this == HIGHER_IS_BETTER ? c >= 0 : c <= 0;
    }

    public String code() {
        return "measurement.direction." + name();
    }
}
