package vn.nhiemvu.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** How often the Office requires the lead unit to report progress on a task. */
public enum ReportFrequency {
    WEEKLY("hằng tuần"), MONTHLY("hằng tháng");

    private final String label;

    ReportFrequency(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The first day of the reporting period the date falls in (Monday, or the 1st of the month). */
    public LocalDate periodStart(LocalDate date) {
        return this == WEEKLY ? date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)) : date.withDayOfMonth(1);
    }
}
