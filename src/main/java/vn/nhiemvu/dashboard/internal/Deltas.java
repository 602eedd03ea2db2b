package vn.nhiemvu.dashboard.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * Increments of the aggregate rows, netted per row (ADR 0020): those of one change, recorded in
 * {@code dashboard_delta}, or those of many changes, applied together by a fold. Unit rows are keyed with the
 * deadline in force too, as the row's prefix and due-soon counts depend on it (compared with the row's pivot and
 * boundary when applied). The agency's months are the months summed, derived here and never recorded.
 */
final class Deltas implements Contribution.Sink {

    /** The tables in the order their rows are written. */
    enum Table {
        UNIT, DAY, MONTH, AGENCY_MONTH
    }

    /** One aggregate row: {@code day} is the deadline (unit rows: of an open dated task, else null) or the month. */
    record Key(Table table, long unitId, long leaderId, LocalDate day) implements Comparable<Key> {

        private static final Comparator<Key> ORDER = Comparator.comparing(Key::table).thenComparingLong(Key::unitId)
                .thenComparingLong(Key::leaderId).thenComparing(Key::day, Comparator.nullsFirst(Comparator.naturalOrder()));

        @Override
        public int compareTo(Key o) {
            return ORDER.compare(this, o);
        }
    }

    private final Map<Key, long[]> rows = new TreeMap<>();

    @Override
    public void unit(long unitId, long leaderId, long openDated, long openUndated, long closedOnTime, long closedLate,
            LocalDate deadline) {
        add(new Key(Table.UNIT, unitId, leaderId, deadline), openDated, openUndated, closedOnTime, closedLate);
    }

    @Override
    public void day(long unitId, long leaderId, LocalDate deadline, long count) {
        add(new Key(Table.DAY, unitId, leaderId, deadline), count, 0, 0, 0);
    }

    @Override
    public void month(long unitId, long leaderId, LocalDate month, long received, long closedOnTime, long closedLate) {
        add(new Key(Table.MONTH, unitId, leaderId, month), received, closedOnTime, closedLate, 0);
        add(new Key(Table.AGENCY_MONTH, 0, 0, month), received, closedOnTime, closedLate, 0);
    }

    /** The contribution before a change taken away, the one after it added (either may be null). */
    static Deltas of(Contribution before, Contribution after) {
        var deltas = new Deltas();
        if (before != null) {
            before.applyTo(deltas, -1);
        }
        if (after != null) {
            after.applyTo(deltas, 1);
        }
        return deltas;
    }

    /** Adds a recorded increment of a unit, day or month row (as {@link #forEach} gave it). */
    void add(Table table, long unitId, long leaderId, LocalDate day, long n1, long n2, long n3, long n4) {
        switch (table) {
            case UNIT -> unit(unitId, leaderId, n1, n2, n3, n4, day);
            case DAY -> day(unitId, leaderId, day, n1);
            case MONTH -> month(unitId, leaderId, day, n1, n2, n3);
            case AGENCY_MONTH -> throw new IllegalArgumentException("the agency's months are derived, not recorded");
        }
    }

    /** Each row with a non-zero increment, in key order (four counts, unused ones zero). */
    void forEach(BiConsumer<Key, long[]> action) {
        rows.forEach((key, counts) -> {
            if (!Aggregates.isZero(counts)) {
                action.accept(key, counts);
            }
        });
    }

    boolean isEmpty() {
        return rows.values().stream().allMatch(Aggregates::isZero);
    }

    private void add(Key key, long... counts) {
        long[] sums = rows.computeIfAbsent(key, k -> new long[4]);
        for (int i = 0; i < counts.length; i++) {
            sums[i] += counts[i];
        }
    }
}
