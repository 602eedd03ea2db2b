package vn.nhiemvu.evaluation;

import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.shared.Message;

/**
 * The highest tier a unit's task results allow in a quarter under Quy định 366-QĐ/TW (DOMAIN §10): the rule also
 * needs points (30 general, 70 for results) that evaluators give, so the system says what the tasks permit and why,
 * not the rating itself.
 * <ul>
 * <li>Hoàn thành xuất sắc: every task due done on time and at least {@code excellentBeyondShare} of them beyond the
 * requirement — which the system does not record: a perfect record allows "tốt" here, and says that "xuất sắc" is
 * for the competent level to decide on that evidence;</li>
 * <li>Hoàn thành tốt: every task due done on time;</li>
 * <li>Hoàn thành: every task due done, at most {@code completedMaxLateShare} of them late (a condition from a secondary
 * source, hence configurable);</li>
 * <li>otherwise the results allow only "không hoàn thành".</li>
 * </ul>
 * Tasks due are a {@link Scorecard}'s: deadline in force in the quarter, completed or overdue as of the date.
 */
public final class CollectiveRating {

    /** The tiers of Quy định 366, best first; their words are the bundles' {@code rating.tier.*}. */
    public enum Tier {
        EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED;

        public String code() {
            return "rating.tier." + name();
        }
    }

    /**
     * @param excellentBeyondShare   share of tasks beyond the requirement that "xuất sắc" needs (0.30)
     * @param completedMaxLateShare  largest share of late tasks that "hoàn thành" allows (0.20)
     */
    public record Thresholds(double excellentBeyondShare, double completedMaxLateShare) {

        public static final Thresholds QUY_DINH_366 = new Thresholds(0.30, 0.20);

        public Thresholds {
            if (excellentBeyondShare < 0 || excellentBeyondShare > 1 || completedMaxLateShare < 0
                    || completedMaxLateShare > 1) {
                throw new IllegalArgumentException("shares are between 0 and 1");
            }
        }
    }

    /**
     * @param ceiling  the highest tier the results allow; null when no task was due (nothing to judge by)
     * @param reasons  why, one sentence each, in the bundles' words
     */
    public record Result(Tier ceiling, List<Message> reasons) {

        public Result {
            reasons = List.copyOf(reasons);
        }
    }

    private CollectiveRating() {
    }

    public static Result of(Scorecard card, Thresholds thresholds) {
        var reasons = new ArrayList<Message>();
        if (card.due() == 0) {
            reasons.add(Message.of("rating.reason.nothing-due"));
            return new Result(null, reasons);
        }
        long percentLate = Math.round(100.0 * card.late() / card.due());
        if (card.overdue() > 0) {
            reasons.add(Message.of("rating.reason.overdue", card.overdue(), card.due()));
            return new Result(Tier.NOT_COMPLETED, reasons);
        }
        if (card.late() == 0) {
            reasons.add(Message.of("rating.reason.all-on-time", card.due()));
            reasons.add(Message.of("rating.reason.excellent-needs-beyond",
                    Math.round(100 * thresholds.excellentBeyondShare())));
            return new Result(Tier.GOOD, reasons);
        }
        reasons.add(Message.of("rating.reason.late", card.late(), card.due(), percentLate));
        if ((double) card.late() / card.due() <= thresholds.completedMaxLateShare()) {
            reasons.add(Message.of("rating.reason.late-within", Math.round(100 * thresholds.completedMaxLateShare())));
            return new Result(Tier.COMPLETED, reasons);
        }
        reasons.add(Message.of("rating.reason.late-beyond", Math.round(100 * thresholds.completedMaxLateShare())));
        return new Result(Tier.NOT_COMPLETED, reasons);
    }
}
