package vn.nhiemvu.dashboard.internal;

import java.time.LocalDate;

import vn.nhiemvu.dashboard.StatusCounts;

/**
 * The range sums that turn a (unit, leader) row and its open tasks per deadline into counts per status as
 * of a date, with no job moving counters as time passes: overdue on D = open tasks judged by a day before
 * D; due soon = judged by a day from D to the due-soon boundary
 * ({@link vn.nhiemvu.evaluation.TaskEvaluator#dueSoonUntil}); in progress = the other open tasks with a
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

    static StatusCounts count(Sums sums) {
        UnitRow row = sums.row();
        long overdue = row.openBeforePivot() + sums.passed() - sums.ahead();
        return StatusCounts.of(row.closedOnTime(), row.closedLate(), row.openDated() - overdue - sums.dueSoon(),
                sums.dueSoon(), overdue, row.openUndated());
    }
}
