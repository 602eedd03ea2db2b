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

    /** Tasks received (created) in the month and completed in it, on time or late. */
    public record MonthTrend(YearMonth month, long received, long completedOnTime, long completedLate) {
    }

    /** The counts per unit only. */
    public record Units(LocalDate asOf, LocalDate dueSoonUntil, EvaluationPolicy.Kind policy, List<UnitCounts> units) {
    }
}
