package vn.nhiemvu.plan;

import vn.nhiemvu.shared.Message;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often the Office requires the lead unit to report progress on a task. */
public enum ReportFrequency {
    WEEKLY, MONTHLY;

    /** Worded as the recurrence of the same name ({@code recurrence.WEEKLY}). */
    public String code() {
        return "recurrence." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }

    /** The first day of the reporting period the date falls in (Monday, or the 1st of the month). */
    public LocalDate periodStart(LocalDate date) {
        return this == WEEKLY ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
    }
}
