package vn.nhiemvu.support;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

import vn.nhiemvu.calendar.WorkingCalendar;

/**
 * A calendar for tests of rules that use working days (evaluation, deadline phrases): weekends
 * plus the days given, so each test states the holidays it relies on. The real Vietnamese
 * calendar is tested in the calendar module.
 */
public record WeekendCalendar(Set<LocalDate> daysOff) implements WorkingCalendar {

    public WeekendCalendar() {
        this(Set.of());
    }

    public static WeekendCalendar withDaysOff(String... days) {
        return new WeekendCalendar(Set.of(days).stream().map(LocalDate::parse).collect(java.util.stream.Collectors.toSet()));
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY
                && !daysOff.contains(date);
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate d = date.plusDays(1);
        while (!isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate d = date.minusDays(1);
        while (!isWorkingDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int days) {
        LocalDate d = date;
        if (days == 0) {
            return isWorkingDay(d) ? d : nextWorkingDay(d);
        }
        for (int i = 0; i < Math.abs(days); i++) {
            d = days > 0 ? nextWorkingDay(d) : previousWorkingDay(d);
        }
        return d;
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long n = 0;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (isWorkingDay(d)) {
                n++;
            }
        }
        return n;
    }
}
