package vn.nhiemvu.reporting;

import java.util.List;

/**
 * A module that adds its part to the periodic report's xlsx and PDF (measurement: the indicators). Reporting depends
 * on none of them: they implement this, it gathers every implementation, as the task module gathers the parts of a
 * task's printed record.
 */
public interface ReportSheetSource {

    /**
     * The module's sheets for the report, as of its cut-off ({@code report.period().to()}) with what was recorded by
     * the time the report was made ({@code report.generatedAt()}), so that an issued report exported later shows what
     * it showed then. None when the module has nothing for the report's agency and period.
     */
    List<ReportSheet> sheets(PeriodicReport report);
}
