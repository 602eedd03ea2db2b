package vn.nhiemvu.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.NewCalendarDay;

/** The stored rows of the calendar table: days recorded from notices and the law. */
interface OfficialDays {

    /** Every stored row, by date. */
    List<CalendarDay> all();

    List<CalendarDay> year(int year);

    Optional<CalendarDay> find(LocalDate date);

    void insert(NewCalendarDay day, String by);

    /** @return whether a row was there */
    boolean delete(LocalDate date);
}
