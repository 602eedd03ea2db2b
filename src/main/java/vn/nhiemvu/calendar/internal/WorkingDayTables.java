package vn.nhiemvu.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.DayKind;

/**
 * Working days 1900–2199 as immutable per-year tables, so that every question is a few array
 * reads. A year's table holds a bitset of its working days, the running count of working days
 * through each day of the year, and the day of the year of its n-th working day; the snapshot adds
 * the count of working days before each year. Recording a day rebuilds that one year's table and
 * the 300 counts ({@link #withYear}); readers keep using the snapshot they hold.
 *
 * <p>A "rank" is a working day's position counted from 1900-01-01 (the first working day has
 * rank 1); {@link #through} gives the rank of the last working day on or before a date.
 */
final class WorkingDayTables {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2199;
    static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);

    private final YearTable[] years;
    /** before[i]: working days from 1900-01-01 to the eve of year FIRST_YEAR + i; the last entry is the total. */
    private final int[] before;

    private WorkingDayTables(YearTable[] years) {
        this.years = years;
        this.before = new int[years.length + 1];
        for (int i = 0; i < years.length; i++) {
            before[i + 1] = before[i] + years[i].count();
        }
    }

    /** Builds every year from its table of days (holidays, days off, compensatory days, working Saturdays). */
    static WorkingDayTables build(IntFunction<YearTable> yearTable) {
        var years = new YearTable[LAST_YEAR - FIRST_YEAR + 1];
        for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
            years[year - FIRST_YEAR] = yearTable.apply(year);
        }
        return new WorkingDayTables(years);
    }

    /** A copy with one year's table replaced. */
    WorkingDayTables withYear(YearTable table) {
        YearTable[] copy = years.clone();
        copy[table.year() - FIRST_YEAR] = table;
        return new WorkingDayTables(copy);
    }

    static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST_DAY) && !date.isAfter(LAST_DAY);
    }

    YearTable year(int year) {
        return years[year - FIRST_YEAR];
    }

    boolean isWorkingDay(LocalDate date) {
        return year(date.getYear()).working(date.getDayOfYear() - 1);
    }

    /** The number of working days from 1900-01-01 through the date, inclusive. */
    int through(LocalDate date) {
        int index = date.getYear() - FIRST_YEAR;
        return before[index] + years[index].through(date.getDayOfYear() - 1);
    }

    /** Working days in the whole range 1900–2199. */
    int total() {
        return before[years.length];
    }

    /** The working day of a rank, 1 to {@link #total()}. */
    LocalDate nth(long rank) {
        if (rank < 1 || rank > total()) {
            throw new IndexOutOfBoundsException("rank " + rank + " outside 1.." + total());
        }
        int r = (int) rank;
        // Years hold 240–265 working days: the proportional guess is at most a few years off.
        int index = (int) Math.min(years.length - 1, (r - 1L) * years.length / total());
        while (before[index] >= r) {
            index--;
        }
        while (before[index + 1] < r) {
            index++;
        }
        return years[index].nth(r - before[index]);
    }

    /** One year: its days and their working-day counts. */
    static final class YearTable {

        private final int year;
        private final LocalDate firstDay;
        private final long[] working;
        private final short[] through;
        private final short[] dayOfRank;
        private final List<CalendarDay> days;
        private final boolean official;

        private YearTable(int year, List<CalendarDay> days, boolean official) {
            this.year = year;
            this.firstDay = LocalDate.of(year, 1, 1);
            this.days = List.copyOf(days);
            this.official = official;
            Set<LocalDate> off = new HashSet<>();
            Set<LocalDate> worked = new HashSet<>();
            for (CalendarDay day : days) {
                if (day.date().getYear() != year) {
                    throw new IllegalArgumentException(day.date() + " is not in " + year);
                }
                (day.kind() == DayKind.WORKING_SATURDAY ? worked : off).add(day.date());
            }
            int length = firstDay.lengthOfYear();
            this.working = new long[(length + 63) / 64];
            this.through = new short[length];
            short[] ranks = new short[length];
            int count = 0;
            LocalDate date = firstDay;
            for (int i = 0; i < length; i++, date = date.plusDays(1)) {
                boolean weekday = date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
                if (weekday && !off.contains(date) || worked.contains(date)) {
                    working[i >> 6] |= 1L << i;
                    ranks[count++] = (short) i;
                }
                through[i] = (short) count;
            }
            this.dayOfRank = Arrays.copyOf(ranks, count);
        }

        /**
         * @param days     the year's table: holidays, days off, compensatory days, working weekend days
         * @param official whether any of them was recorded from a notice or the law
         */
        static YearTable of(int year, List<CalendarDay> days, boolean official) {
            return new YearTable(year, days, official);
        }

        int year() {
            return year;
        }

        List<CalendarDay> days() {
            return days;
        }

        boolean official() {
            return official;
        }

        /** Working days in the year. */
        int count() {
            return dayOfRank.length;
        }

        boolean working(int dayIndex) {
            return (working[dayIndex >> 6] & 1L << dayIndex) != 0;
        }

        int through(int dayIndex) {
            return through[dayIndex];
        }

        /** The n-th working day of the year, n from 1. */
        LocalDate nth(int n) {
            return firstDay.plusDays(dayOfRank[n - 1]);
        }
    }
}
