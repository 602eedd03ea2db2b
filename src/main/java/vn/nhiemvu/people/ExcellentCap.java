package vn.nhiemvu.people;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Objects;

/**
 * The cap of Nghị định 335 on "hoàn thành xuất sắc": at most {@code share} of those graded "hoàn thành tốt" or better
 * in the same agency and group of similar duties (DOMAIN §10). The system knows no groups of duties, so the cap is
 * checked over the sheets given (an agency's period); the allowed number is rounded down.
 *
 * @param rated     sheets with a grade
 * @param goodOrBetter graded "tốt" or "xuất sắc"
 * @param excellent graded "xuất sắc"
 * @param allowed   the most "xuất sắc" the share allows
 */
public record ExcellentCap(BigDecimal share, long rated, long goodOrBetter, long excellent, long allowed) {

    public static ExcellentCap of(Collection<Grade> grades, BigDecimal share) {
        long rated = grades.stream().filter(Objects::nonNull).count();
        long good = grades.stream().filter(g -> g == Grade.GOOD || g == Grade.EXCELLENT).count();
        long excellent = grades.stream().filter(g -> g == Grade.EXCELLENT).count();
        long allowed = share.multiply(BigDecimal.valueOf(good)).setScale(0, RoundingMode.FLOOR).longValueExact();
        return new ExcellentCap(share, rated, good, excellent, allowed);
    }

    /** Whether more are graded "xuất sắc" than the share allows: the evaluator must lower some. */
    public boolean exceeded() {
        return excellent > allowed;
    }
}
