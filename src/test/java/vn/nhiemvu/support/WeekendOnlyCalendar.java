package vn.nhiemvu.support;

import java.time.DayOfWeek;
import java.time.LocalDate;

import vn.nhiemvu.calendar.WorkingCalendar;

/**
 * A stand-in for the calendar module's WorkingCalendar while it is being written: Monday to
 * Friday are working days, nothing else is known (no holidays, no swapped Saturdays). Tests that
 * use it pick dates without public holidays, so the real calendar gives the same answers.
 */
public final class WeekendOnlyCalendar implements WorkingCalendar {

    @Override
    public boolean isWorkingDay(LocalDate date) {
        return date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = date.plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        LocalDate day = date.minusDays(1);
        while (!isWorkingDay(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int days) {
        if (days == 0) {
            return isWorkingDay(date) ? date : nextWorkingDay(date);
        }
        LocalDate day = date;
        for (int i = 0; i < Math.abs(days); i++) {
            day = days > 0 ? nextWorkingDay(day) : previousWorkingDay(day);
        }
        return day;
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        long count = 0;
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }
}
