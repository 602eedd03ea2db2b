package vn.nhiemvu.plan;

import java.time.LocalDate;

/**
 * A task whose lead unit has not reported progress in the current period.
 *
 * @param lastReportedOn the day of its lead unit's last report, or null if it never reported
 */
public record MissingReport(long taskId, String title, String leadUnit, ReportFrequency frequency,
        LocalDate periodStart, LocalDate lastReportedOn) {
}
