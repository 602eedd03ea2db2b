package vn.nhiemvu.round;

import java.time.LocalDate;

import vn.nhiemvu.calendar.WorkingCalendar;

/**
 * How late a submission is: after the day the deadline is judged by (the evaluation's rule: a deadline on a day off
 * is met by the next working day), by the working days from the day after it to the day of submission, both ends
 * included, as a task completed late is counted. A submission on the Saturday after a Friday deadline is late by 0
 * working days: late, and marked so.
 */
public record Lateness(boolean late, long workingDays) {

    public static final Lateness ON_TIME = new Lateness(false, 0);

    public static Lateness of(LocalDate judgedBy, LocalDate submittedOn, WorkingCalendar calendar) {
        if (!submittedOn.isAfter(judgedBy)) {
            return ON_TIME;
        }
        return new Lateness(true, calendar.workingDaysBetween(judgedBy.plusDays(1), submittedOn));
    }
}
