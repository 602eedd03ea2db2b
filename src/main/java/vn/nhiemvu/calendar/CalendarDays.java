package vn.nhiemvu.calendar;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The table of days that are not ordinary, year by year: the official rows recorded from the
 * Government's notices, and the statutory proposal for every occasion a year's notices do not
 * cover yet. Anyone may read it; only an administrator changes it.
 */
public interface CalendarDays {

    /** Every holiday, day off, compensatory day and working weekend day of the year, by date. */
    List<CalendarDay> year(int year);

    /** Whether the year has at least one row recorded from a notice or the law. */
    boolean hasOfficialRows(int year);

    /** Records a day from a notice; the working-day tables follow as soon as it is committed. */
    CalendarDay record(CurrentUser user, NewCalendarDay day);

    /** Removes a recorded day, e.g. one entered by mistake. */
    void remove(CurrentUser user, LocalDate date);
}
