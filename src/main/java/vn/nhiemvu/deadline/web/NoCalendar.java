package vn.nhiemvu.deadline.web;

import java.time.LocalDate;

import vn.nhiemvu.calendar.WorkingCalendar;

/**
 * What the controller hands the parser while the calendar module provides no WorkingCalendar: it
 * answers nothing, so a phrase that needs working days fails loudly instead of being dated on a
 * guessed calendar. Not a bean: the real calendar is the only one.
 */
final class NoCalendar implements WorkingCalendar {

    /** Asked for a working day while there is no calendar. */
    static final class Unavailable extends RuntimeException {
        Unavailable() {
            super("no WorkingCalendar bean");
        }
    }

    @Override
    public boolean isWorkingDay(LocalDate date) {
        throw new Unavailable();
    }

    @Override
    public LocalDate nextWorkingDay(LocalDate date) {
        throw new Unavailable();
    }

    @Override
    public LocalDate previousWorkingDay(LocalDate date) {
        throw new Unavailable();
    }

    @Override
    public LocalDate addWorkingDays(LocalDate date, int days) {
        throw new Unavailable();
    }

    @Override
    public long workingDaysBetween(LocalDate from, LocalDate to) {
        throw new Unavailable();
    }
}
