package vn.nhiemvu.dashboard;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;

/**
 * What the dashboard shows for the user's scope as of a date, under the agency's evaluation policy.
 *
 * @param dueSoonUntil the last deadline that counts as due soon on {@code asOf} (the policy's working days)
 * @param leaders      per supervising leader; {@code id} null gathers the tasks without one
 * @param trend        the last 12 months up to the month of {@code asOf}, oldest first
 */
public record Dashboard(LocalDate asOf, LocalDate dueSoonUntil, EvaluationPolicy.Kind policy, StatusCounts totals,
        List<UnitCounts> units, List<LeaderCounts> leaders, List<MonthTrend> trend) {

    public record UnitCounts(long id, String code, String name, StatusCounts counts) {
    }

    public record LeaderCounts(Long id, String name, StatusCounts counts) {
    }

    /** Tasks received (assigned: by the directive's date, else the day entered) in the month, and completed in it, on time or late. */
    public record MonthTrend(YearMonth month, long received, long completedOnTime, long completedLate) {
    }

    /** The counts per unit only. */
    public record Units(LocalDate asOf, LocalDate dueSoonUntil, EvaluationPolicy.Kind policy, List<UnitCounts> units) {
    }

    /**
     * The counts per unit as rows of numbers in the order of {@code columns}, without codes and names (those come
     * once from {@code GET /api/v1/units}): about a fifth of {@link Units} for 5,000 units, and as cheap to write.
     */
    public record CompactUnits(LocalDate asOf, LocalDate dueSoonUntil, EvaluationPolicy.Kind policy,
            List<String> columns, List<long[]> rows) {

        public static final List<String> COLUMNS = List.of("id", "completedOnTime", "completedLate", "inProgress",
                "dueSoon", "overdue", "noDeadline", "total");

        public static CompactUnits of(Units units) {
            return new CompactUnits(units.asOf(), units.dueSoonUntil(), units.policy(), COLUMNS, rows(units.units()));
        }

        static List<long[]> rows(List<UnitCounts> units) {
            return units.stream().map(u -> {
                StatusCounts c = u.counts();
                return new long[] { u.id(), c.completedOnTime(), c.completedLate(), c.inProgress(), c.dueSoon(),
                        c.overdue(), c.noDeadline(), c.total() };
            }).toList();
        }
    }

    /** The dashboard with its units as in {@link CompactUnits}: rows of numbers in the order of {@code columns}. */
    public record Compact(LocalDate asOf, LocalDate dueSoonUntil, EvaluationPolicy.Kind policy, StatusCounts totals,
            List<String> columns, List<long[]> units, List<LeaderCounts> leaders, List<MonthTrend> trend) {

        public static Compact of(Dashboard d) {
            return new Compact(d.asOf(), d.dueSoonUntil(), d.policy(), d.totals(), CompactUnits.COLUMNS,
                    CompactUnits.rows(d.units()), d.leaders(), d.trend());
        }
    }
}
