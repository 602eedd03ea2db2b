package vn.nhiemvu.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import vn.nhiemvu.shared.Message;

/**
 * Scorecards and the ranking of units or leaders. No official formula ranks units (DOMAIN §4), so
 * ours is stated here and on screen:
 * <ol>
 * <li>a higher on-time rate (completed on time / tasks due) ranks higher;</li>
 * <li>then fewer average working days late;</li>
 * <li>then more tasks due (more done at the same rate weighs more);</li>
 * <li>then the key (unit code), so that equal records always come out in the same order.</li>
 * </ol>
 * Those with no task due are listed last, unranked (rank 0).
 */
public final class Rankings {

    /** How the ranking is made, in Vietnamese for the API and reports; pages word {@code ranking.formula}. */
    public static final String FORMULA = Message.of("ranking.formula").vietnamese();

    private static final Comparator<Scorecard> ORDER = Comparator
            .comparing((Scorecard s) -> s.onTimeRate(), Comparator.reverseOrder())
            .thenComparingDouble(Scorecard::averageWorkingDaysLate)
            .thenComparing(Scorecard::due, Comparator.reverseOrder())
            .thenComparing(Scorecard::key);

    private final LocalDate from;
    private final LocalDate to;
    private final LocalDate asOf;
    private final Map<String, long[]> tallies = new LinkedHashMap<>();
    private final Map<String, String> names = new LinkedHashMap<>();

    /** A tally for the period [from, to] as of the date. */
    public Rankings(LocalDate from, LocalDate to, LocalDate asOf) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the period ends before it starts");
        }
        this.from = from;
        this.to = to;
        this.asOf = asOf;
    }

    /** Names an entry, so that those with nothing due are listed too. */
    public Rankings enter(String key, String name) {
        names.putIfAbsent(key, name);
        tallies.computeIfAbsent(key, k -> new long[5]);
        return this;
    }

    /**
     * Counts one evaluated task for the entry, if it was due in the period: its deadline in force is in the period
     * and by the as-of date, and it was completed or is overdue. One whose deadline is the as-of date (or a day off
     * whose next working day has not ended) and is not completed is still within its deadline: not judged yet, so
     * that every row reads due = on time + late + overdue.
     */
    public void count(String key, String name, Evaluation evaluation) {
        enter(key, name);
        LocalDate deadline = evaluation.applicableDeadline();
        if (deadline == null || deadline.isBefore(from) || deadline.isAfter(to) || deadline.isAfter(asOf)) {
            return;
        }
        long[] t = tallies.get(key);
        switch (evaluation.status()) {
            case COMPLETED_ON_TIME -> t[1]++;
            case COMPLETED_LATE -> t[2]++;
            case OVERDUE -> t[3]++;
            default -> {
                return;
            }
        }
        t[0]++;
        t[4] += evaluation.workingDaysLate();
    }

    /** Every entry, ranked ones first in rank order, then those with nothing due. */
    public List<Scorecard> ranked() {
        var cards = new ArrayList<Scorecard>();
        tallies.forEach((key, t) -> cards.add(new Scorecard(key, names.get(key), t[0], t[1], t[2], t[3], t[4], 0)));
        var ranked = cards.stream().filter(c -> c.due() > 0).sorted(ORDER).toList();
        var result = new ArrayList<Scorecard>();
        for (int i = 0; i < ranked.size(); i++) {
            result.add(ranked.get(i).ranked(i + 1));
        }
        cards.stream().filter(c -> c.due() == 0).sorted(Comparator.comparing(Scorecard::key)).forEach(result::add);
        return result;
    }
}
