package vn.nhiemvu.dashboard.internal;

import java.time.LocalDate;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.dashboard.StatusCounts;
import vn.nhiemvu.evaluation.EvaluationPolicy;

/**
 * The range sums that turn a (unit, leader) row and its open tasks per deadline into counts per status as
 * of a date, with no job moving counters as time passes: overdue on D = open tasks judged by a day before
 * D; due soon = judged by a day from D to the due-soon boundary; in progress = the other open tasks with a
 * deadline. The row keeps the prefix sum up to its pivot day, so only the days between the pivot and the
 * boundary are summed (by the database, {@link JdbcAggregates#sums}).
 */
final class Tally {

    private Tally() {
    }

    /** A (unit, leader) row as stored; {@code openBeforePivot} counts open tasks judged by a day before {@code pivot}. */
    record UnitRow(long unitId, long leaderId, long openDated, long openUndated, long closedOnTime, long closedLate,
            LocalDate pivot, long openBeforePivot) {
    }

    /** A row's due-soon boundary (null until first set) and its count of open tasks judged by a day up to it. */
    record ThroughDueSoon(LocalDate until, long open) {
    }

    /**
     * The row with the open tasks judged by a day in [pivot, asOf) ({@code passed}), in [asOf, pivot)
     * ({@code ahead}, when the date is before the pivot) and in [asOf, dueSoonUntil] ({@code dueSoon}).
     */
    record Sums(UnitRow row, long passed, long ahead, long dueSoon) {
    }

    /**
     * The last deadline that is due soon on {@code date}: at most N working days left, i.e. judged by a day before
     * the (N+1)th working day after the date.
     */
    static LocalDate dueSoonUntil(WorkingCalendar calendar, EvaluationPolicy policy, LocalDate date) {
        return calendar.addWorkingDays(date, policy.dueSoonWorkingDays() + 1).minusDays(1);
    }

    static StatusCounts count(Sums sums) {
        UnitRow row = sums.row();
        long overdue = row.openBeforePivot() + sums.passed() - sums.ahead();
        return StatusCounts.of(row.closedOnTime(), row.closedLate(), row.openDated() - overdue - sums.dueSoon(),
                sums.dueSoon(), overdue, row.openUndated());
    }
}
