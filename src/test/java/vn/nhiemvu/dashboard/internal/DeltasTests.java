package vn.nhiemvu.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.dashboard.internal.Contribution.Kind;
import vn.nhiemvu.dashboard.internal.Deltas.Key;
import vn.nhiemvu.dashboard.internal.Deltas.Table;

/**
 * The increments of changes, without Spring: netted per row, the agency's months derived, and many changes recorded
 * one by one then folded together add up to the same as the changes applied one after the other (an {@link Aggregates}).
 */
class DeltasTests {

    static final LocalDate MAY = LocalDate.of(2026, 5, 1);
    static final LocalDate JUNE = LocalDate.of(2026, 6, 1);
    static final LocalDate DEADLINE = LocalDate.of(2026, 6, 15);

    static Contribution open(long unit, long leader, LocalDate deadline) {
        return new Contribution(1, unit, leader, Kind.OPEN_DATED, deadline, MAY);
    }

    static Map<Key, List<Long>> rows(Deltas deltas) {
        var rows = new LinkedHashMap<Key, List<Long>>();
        deltas.forEach((key, n) -> rows.put(key, List.of(n[0], n[1], n[2], n[3])));
        return rows;
    }

    @Test
    void aNewOpenTaskAddsItsUnitRowDayMonthAndAgencyMonth() {
        assertThat(rows(Deltas.of(null, open(7, 3, DEADLINE)))).containsExactly(
                Map.entry(new Key(Table.UNIT, 7, 3, DEADLINE), List.of(1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.DAY, 7, 3, DEADLINE), List.of(1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.MONTH, 7, 3, MAY), List.of(1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.AGENCY_MONTH, 0, 0, MAY), List.of(1L, 0L, 0L, 0L)));
    }

    @Test
    void anExtensionMovesTheDayAndLeavesTheMonthsAsTheyAre() {
        LocalDate later = DEADLINE.plusDays(10);
        assertThat(rows(Deltas.of(open(7, 3, DEADLINE), open(7, 3, later)))).containsExactly(
                Map.entry(new Key(Table.UNIT, 7, 3, DEADLINE), List.of(-1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.UNIT, 7, 3, later), List.of(1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.DAY, 7, 3, DEADLINE), List.of(-1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.DAY, 7, 3, later), List.of(1L, 0L, 0L, 0L)));
    }

    @Test
    void movingATaskToAnotherUnitLeavesTheAgencysMonthAsItIs() {
        Map<Key, List<Long>> rows = rows(Deltas.of(open(7, 3, DEADLINE), open(8, 0, DEADLINE)));
        assertThat(rows).containsEntry(new Key(Table.MONTH, 7, 3, MAY), List.of(-1L, 0L, 0L, 0L))
                .containsEntry(new Key(Table.MONTH, 8, 0, MAY), List.of(1L, 0L, 0L, 0L));
        assertThat(rows.keySet()).noneMatch(key -> key.table() == Table.AGENCY_MONTH);
    }

    @Test
    void aCompletionTakesTheOpenTaskAwayAndCountsTheMonthItWasDoneIn() {
        var done = new Contribution(1, 7, 3, Kind.CLOSED_LATE, DEADLINE.plusDays(20), MAY);
        assertThat(rows(Deltas.of(open(7, 3, DEADLINE), done))).containsExactly(
                Map.entry(new Key(Table.UNIT, 7, 3, null), List.of(0L, 0L, 0L, 1L)),
                Map.entry(new Key(Table.UNIT, 7, 3, DEADLINE), List.of(-1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.DAY, 7, 3, DEADLINE), List.of(-1L, 0L, 0L, 0L)),
                Map.entry(new Key(Table.MONTH, 7, 3, JUNE.plusMonths(1)), List.of(0L, 0L, 1L, 0L)),
                Map.entry(new Key(Table.AGENCY_MONTH, 0, 0, JUNE.plusMonths(1)), List.of(0L, 0L, 1L, 0L)));
    }

    @Test
    void aTaskCreatedAndDeletedBeforeAFoldLeavesNothing() {
        var fold = new Deltas();
        record(fold, Deltas.of(null, open(7, 3, DEADLINE)));
        record(fold, Deltas.of(open(7, 3, DEADLINE), null));
        assertThat(fold.isEmpty()).isTrue();
        assertThat(rows(fold)).isEmpty();
    }

    @Test
    void changesFoldedTogetherEqualTheChangesAppliedOneByOne() {
        var changes = new ArrayList<Contribution[]>();
        var a = open(7, 3, DEADLINE);
        var b = open(7, 3, DEADLINE.minusDays(40));
        var c = new Contribution(1, 8, 0, Kind.OPEN_UNDATED, null, JUNE);
        var aDone = new Contribution(1, 7, 3, Kind.CLOSED_ON_TIME, DEADLINE.minusDays(1), MAY);
        var bMoved = open(8, 4, DEADLINE.minusDays(40));
        changes.add(new Contribution[] { null, a });
        changes.add(new Contribution[] { null, b });
        changes.add(new Contribution[] { null, c });
        changes.add(new Contribution[] { a, aDone });
        changes.add(new Contribution[] { b, bMoved });
        changes.add(new Contribution[] { c, null });

        var oneByOne = new Aggregates();
        var fold = new Deltas();
        for (Contribution[] change : changes) {
            if (change[0] != null) {
                change[0].applyTo(oneByOne, -1);
            }
            if (change[1] != null) {
                change[1].applyTo(oneByOne, 1);
            }
            record(fold, Deltas.of(change[0], change[1]));
        }
        var folded = new Aggregates();
        fold.forEach((key, n) -> {
            switch (key.table()) {
                case UNIT -> folded.unit(key.unitId(), key.leaderId(), n[0], n[1], n[2], n[3], key.day());
                case DAY -> folded.day(key.unitId(), key.leaderId(), key.day(), n[0]);
                case MONTH -> folded.months.merge(new Aggregates.DayKey(key.unitId(), key.leaderId(), key.day()),
                        new long[] { n[0], n[1], n[2] }, DeltasTests::plus);
                case AGENCY_MONTH -> folded.agencyMonths.merge(key.day(), new long[] { n[0], n[1], n[2] },
                        DeltasTests::plus);
            }
        });
        assertThat(nonZero(folded.units)).isEqualTo(nonZero(oneByOne.units));
        assertThat(withoutZeros(folded.days)).isEqualTo(withoutZeros(oneByOne.days));
        assertThat(nonZero(folded.months)).isEqualTo(nonZero(oneByOne.months));
        assertThat(nonZero(folded.agencyMonths)).isEqualTo(nonZero(oneByOne.agencyMonths));
    }

    /** A change's increments as the fold reads them back from dashboard_delta (the agency's months not recorded). */
    private static void record(Deltas fold, Deltas change) {
        change.forEach((key, n) -> {
            if (key.table() != Table.AGENCY_MONTH) {
                fold.add(key.table(), key.unitId(), key.leaderId(), key.day(), n[0], n[1], n[2], n[3]);
            }
        });
    }

    private static long[] plus(long[] x, long[] y) {
        long[] sum = x.clone();
        for (int i = 0; i < y.length; i++) {
            sum[i] += y[i];
        }
        return sum;
    }

    private static <K> Map<K, List<Long>> nonZero(Map<K, long[]> rows) {
        var result = new LinkedHashMap<K, List<Long>>();
        rows.forEach((key, counts) -> {
            if (!Aggregates.isZero(counts)) {
                result.put(key, java.util.Arrays.stream(counts).boxed().toList());
            }
        });
        return result;
    }

    private static <K> Map<K, Long> withoutZeros(Map<K, Long> rows) {
        var result = new LinkedHashMap<K, Long>();
        rows.forEach((key, count) -> {
            if (count != 0) {
                result.put(key, count);
            }
        });
        return result;
    }
}
