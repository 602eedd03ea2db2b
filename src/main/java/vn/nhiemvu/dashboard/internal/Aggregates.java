package vn.nhiemvu.dashboard.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

/** The aggregates of an agency in memory, as a full recount builds them from every task's contribution. */
final class Aggregates implements Contribution.Sink {

    record UnitKey(long unitId, long leaderId) implements Comparable<UnitKey> {

        private static final Comparator<UnitKey> ORDER = Comparator.comparingLong(UnitKey::unitId)
                .thenComparingLong(UnitKey::leaderId);

        @Override
        public int compareTo(UnitKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** A (unit, leader) key with a day: a deadline or the first day of a month. */
    record DayKey(long unitId, long leaderId, LocalDate day) implements Comparable<DayKey> {

        private static final Comparator<DayKey> ORDER = Comparator.comparingLong(DayKey::unitId)
                .thenComparingLong(DayKey::leaderId).thenComparing(DayKey::day);

        @Override
        public int compareTo(DayKey o) {
            return ORDER.compare(this, o);
        }
    }

    /** open dated, open undated, closed on time, closed late. */
    final Map<UnitKey, long[]> units = new TreeMap<>();
    final Map<DayKey, Long> days = new TreeMap<>();
    /** received, closed on time, closed late. */
    final Map<DayKey, long[]> months = new TreeMap<>();
    /** The same per month for the whole agency (the months summed over every unit and leader). */
    final Map<LocalDate, long[]> agencyMonths = new TreeMap<>();

    @Override
    public void unit(long unitId, long leaderId, long openDated, long openUndated, long closedOnTime, long closedLate,
            LocalDate deadline) {
        add(units.computeIfAbsent(new UnitKey(unitId, leaderId), k -> new long[4]), openDated, openUndated,
                closedOnTime, closedLate);
    }

    @Override
    public void day(long unitId, long leaderId, LocalDate deadline, long count) {
        days.merge(new DayKey(unitId, leaderId, deadline), count, Long::sum);
    }

    @Override
    public void month(long unitId, long leaderId, LocalDate month, long received, long closedOnTime, long closedLate) {
        add(months.computeIfAbsent(new DayKey(unitId, leaderId, month), k -> new long[3]), received, closedOnTime,
                closedLate);
        add(agencyMonths.computeIfAbsent(month, k -> new long[3]), received, closedOnTime, closedLate);
    }

    /** The open tasks of the (unit, leader) judged by a day before {@code pivot}. */
    long openBefore(UnitKey key, LocalDate pivot) {
        return ((TreeMap<DayKey, Long>) days)
                .subMap(new DayKey(key.unitId(), key.leaderId(), LocalDate.MIN), true,
                        new DayKey(key.unitId(), key.leaderId(), pivot), false)
                .values().stream().mapToLong(Long::longValue).sum();
    }

    static boolean isZero(long[] counts) {
        return Arrays.stream(counts).allMatch(c -> c == 0);
    }

    private static void add(long[] counts, long... deltas) {
        for (int i = 0; i < deltas.length; i++) {
            counts[i] += deltas[i];
        }
    }
}
