package vn.nhiemvu.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.dashboard.StatusCounts;

/**
 * The range-sum rule, without Spring: the sums are taken here from open tasks per day as the database takes
 * them ({@link JdbcAggregates#sums}), and the counts are the same whichever side of the pivot the date falls.
 */
class TallyTests {

    /** The tasks judged by a day in [from, to). */
    static long sum(TreeMap<LocalDate, Long> days, LocalDate from, LocalDate to) {
        return from.isBefore(to) ? days.subMap(from, true, to, false).values().stream().mapToLong(Long::longValue).sum()
                : 0;
    }

    static StatusCounts count(Tally.UnitRow row, TreeMap<LocalDate, Long> days, LocalDate asOf, LocalDate until) {
        return Tally.count(new Tally.Sums(row, sum(days, row.pivot(), asOf), sum(days, asOf, row.pivot()),
                sum(days, asOf, until.plusDays(1))));
    }

    static final LocalDate D1 = LocalDate.of(2026, 3, 2);

    /** Open tasks judged by: 2 on 27/2, 1 on 2/3, 3 on 5/3, 4 on 9/3, 5 on 20/3; 7 judged by days before 27/2. */
    static TreeMap<LocalDate, Long> days() {
        var days = new TreeMap<LocalDate, Long>();
        days.put(LocalDate.of(2026, 2, 27), 2L);
        days.put(D1, 1L);
        days.put(LocalDate.of(2026, 3, 5), 3L);
        days.put(LocalDate.of(2026, 3, 9), 4L);
        days.put(LocalDate.of(2026, 3, 20), 5L);
        return days;
    }

    /** The row with 22 open dated tasks, its prefix sum taken at {@code pivot}. */
    static Tally.UnitRow row(LocalDate pivot) {
        long before = 7 + sum(days(), LocalDate.MIN, pivot);
        return new Tally.UnitRow(1, 0, 22, 6, 10, 4, pivot, before);
    }

    @Test
    void overdueIsEverythingJudgedByADayBeforeTheDate() {
        // As of 5/3, due soon until 9/3: overdue 7 + 2 + 1, due soon 3 + 4, in progress 5.
        var expected = StatusCounts.of(10, 4, 5, 7, 10, 6);
        LocalDate asOf = LocalDate.of(2026, 3, 5);
        LocalDate until = LocalDate.of(2026, 3, 9);
        for (LocalDate pivot : new LocalDate[] { LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 27), D1, asOf,
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 31) }) {
            assertThat(count(row(pivot), days(), asOf, until)).as("pivot %s", pivot).isEqualTo(expected);
        }
    }

    @Test
    void theDeadlineDayItselfIsDueSoonNotOverdue() {
        var counts = count(row(D1), days(), D1, D1);
        assertThat(counts.overdue()).isEqualTo(9);
        assertThat(counts.dueSoon()).isEqualTo(1);
        assertThat(counts.inProgress()).isEqualTo(12);
        assertThat(counts.total()).isEqualTo(22 + 6 + 10 + 4);
    }

    @Test
    void laterDatesMoveTasksFromInProgressToOverdueWithNoCounterChanged() {
        var late = count(row(D1), days(), LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 8));
        assertThat(late.overdue()).isEqualTo(22);
        assertThat(late.dueSoon()).isZero();
        assertThat(late.inProgress()).isZero();
        assertThat(late.noDeadline()).isEqualTo(6);
    }

    @Test
    void sumsAreHalfOpen() {
        assertThat(sum(days(), D1, LocalDate.of(2026, 3, 9))).isEqualTo(4);
        assertThat(sum(days(), D1, D1)).isZero();
        assertThat(sum(days(), LocalDate.of(2026, 3, 9), D1)).isZero();
    }
}
