package vn.nhiemvu.dashboard.internal;

import java.time.LocalDate;
import java.util.NavigableMap;

import vn.nhiemvu.dashboard.StatusCounts;

/**
 * The range sums that turn a (unit, leader) row and its open tasks per deadline into counts per status as
 * of a date, with no job moving counters as time passes: overdue on D = open tasks judged by a day before
 * D; due soon = judged by a day from D to the due-soon boundary; in progress = the other open tasks with a
 * deadline. The row keeps the prefix sum up to its pivot day, so only the days between the pivot and the
 * boundary are read.
 */
final class Tally {

    private Tally() {
    }

    /** A (unit, leader) row as stored; {@code openBeforePivot} counts open tasks judged by a day before {@code pivot}. */
    record UnitRow(long unitId, long leaderId, long openDated, long openUndated, long closedOnTime, long closedLate,
            LocalDate pivot, long openBeforePivot) {
    }

    /**
     * @param days         the row's open tasks per deadline, at least from min(asOf, pivot) to max(dueSoonUntil, pivot)
     * @param dueSoonUntil the last deadline that is due soon on {@code asOf}
     */
    static StatusCounts count(UnitRow row, NavigableMap<LocalDate, Long> days, LocalDate asOf, LocalDate dueSoonUntil) {
        long overdue = row.openBeforePivot() + (asOf.isBefore(row.pivot())
                ? -sum(days, asOf, row.pivot())
                : sum(days, row.pivot(), asOf));
        long dueSoon = sum(days, asOf, dueSoonUntil.plusDays(1));
        return StatusCounts.of(row.closedOnTime(), row.closedLate(), row.openDated() - overdue - dueSoon, dueSoon,
                overdue, row.openUndated());
    }

    /** The tasks judged by a day in [from, to). */
    static long sum(NavigableMap<LocalDate, Long> days, LocalDate from, LocalDate to) {
        if (!from.isBefore(to)) {
            return 0;
        }
        return days.subMap(from, true, to, false).values().stream().mapToLong(Long::longValue).sum();
    }
}
