package vn.nhiemvu.calendar.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.DisplayDates;

/**
 * {@link WorkingCalendar} over precomputed tables ({@link WorkingDayTables}): every answer is a
 * few array reads, whatever the distance. The tables are built on first use from the stored rows
 * and the statutory proposal, and one year is rebuilt when an administrator records or removes a
 * day of it ({@link #reload}).
 */
@Component
class TableWorkingCalendar implements WorkingCalendar {

    private static final Logger log = LoggerFactory.getLogger(TableWorkingCalendar.class);

    private final OfficialDays official;
    private volatile WorkingDayTables tables;

    TableWorkingCalendar(OfficialDays official) {
        this.official = official;
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return tables().isWorkingDay(check(date, "date"));
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        WorkingDayTables t = tables();
        return rank(t, t.through(check(date, "date")) + 1L, "date");
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        WorkingDayTables t = tables();
        return rank(t, before(t, check(date, "date")), "date");
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int days) {
        WorkingDayTables t = tables();
        check(date, "date");
        if (days == 0) {
            return t.isWorkingDay(date) ? date : rank(t, t.through(date) + 1L, "days");
        }
        // Counted from the day after (Civil Code Art. 147): the n-th working day after the date,
        // or before it for negative n.
        return days > 0 ? rank(t, (long) t.through(date) + days, "days")
                : rank(t, (long) before(t, date) + days + 1, "days");
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        WorkingDayTables t = tables();
        check(from, "from");
        check(to, "to");
        if (to.isBefore(from)) {
            return 0;
        }
        return t.through(to) - before(t, from);
    }

    /** The year's table: holidays, days off, compensatory days and working weekend days. */
    List<CalendarDay> days(int year) {
        checkYear(year);
        return tables().year(year).days();
    }

    boolean official(int year) {
        checkYear(year);
        return tables().year(year).official();
    }

    /** Rebuilds one year from the stored rows, e.g. after an administrator changed it. */
    synchronized void reload(int year) {
        tables = tables().withYear(yearTable(year, official.year(year)));
        log.info("Working-day table of {} rebuilt", year);
    }

    /** Builds every table again on next use: this node may have missed a change made on another. */
    synchronized void reloadAll() {
        tables = null;
    }

    private WorkingDayTables tables() {
        WorkingDayTables current = tables;
        if (current == null) {
            synchronized (this) {
                current = tables;
                if (current == null) {
                    current = load();
                    tables = current;
                }
            }
        }
        return current;
    }

    private WorkingDayTables load() {
        long start = System.nanoTime();
        Map<Integer, List<CalendarDay>> byYear = new HashMap<>();
        for (CalendarDay day : official.all()) {
            byYear.computeIfAbsent(day.date().getYear(), y -> new ArrayList<>()).add(day);
        }
        WorkingDayTables built = WorkingDayTables.build(year -> yearTable(year, byYear.getOrDefault(year, List.of())));
        log.info("Working-day tables {}–{} built in {} ms ({} official years)", WorkingDayTables.FIRST_YEAR,
                WorkingDayTables.LAST_YEAR, (System.nanoTime() - start) / 1_000_000, byYear.size());
        return built;
    }

    private static WorkingDayTables.YearTable yearTable(int year, List<CalendarDay> rows) {
        return WorkingDayTables.YearTable.of(year, StatutoryHolidays.schedule(year, rows), !rows.isEmpty());
    }

    /** Working days strictly before the date. */
    private static int before(WorkingDayTables t, LocalDate date) {
        return t.through(date) - (t.isWorkingDay(date) ? 1 : 0);
    }

    private static LocalDate rank(WorkingDayTables t, long rank, String field) {
        if (rank < 1 || rank > t.total()) {
            throw InvalidInputException.of(field, Message.of("invalid.calendar.result.out-of-range",
                    WorkingDayTables.FIRST_YEAR, WorkingDayTables.LAST_YEAR));
        }
        return t.nth(rank);
    }

    private static LocalDate check(LocalDate date, String field) {
        if (date == null) {
            throw InvalidInputException.of(field, Message.of("invalid.calendar.date.required"));
        }
        if (!WorkingDayTables.inRange(date)) {
            throw InvalidInputException.of(field, Message.of("invalid.calendar.date.out-of-range",
                    DisplayDates.date(date), WorkingDayTables.FIRST_YEAR, WorkingDayTables.LAST_YEAR));
        }
        return date;
    }

    static void checkYear(int year) {
        if (year < WorkingDayTables.FIRST_YEAR || year > WorkingDayTables.LAST_YEAR) {
            throw InvalidInputException.of("year", Message.of("invalid.calendar.year.invalid", year, WorkingDayTables.FIRST_YEAR, WorkingDayTables.LAST_YEAR));
        }
    }
}
