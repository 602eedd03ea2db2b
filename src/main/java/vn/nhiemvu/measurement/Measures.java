package vn.nhiemvu.measurement;

import java.math.BigDecimal;

/** What a measured number may be: what the columns {@code numeric(18, 4)} hold. */
final class Measures {

    private static final BigDecimal LIMIT = new BigDecimal("100000000000000");

    static boolean fits(BigDecimal value) {
        return value.abs().compareTo(LIMIT) < 0 && value.stripTrailingZeros().scale() <= 4;
    }

    private Measures() {
    }
}
