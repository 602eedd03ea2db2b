package vn.nhiemvu.reporting;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;

/**
 * The reporting module's API. A report counts the tasks in the user's scope; issuing and sending are for the
 * Ministry Office and administrators; issued reports (snapshots) are read by those who see the whole agency and by
 * leadership.
 */
public interface PeriodicReports {

    /** The period a key names ({@code 2020-Q3}…), or a 400 problem. */
    ReportingPeriod period(String key);

    /** A custom range, or a 400 problem. */
    ReportingPeriod custom(LocalDate from, LocalDate to);

    /** The report as of the period's cut-off, under the policy (null: the agency's). */
    default PeriodicReport report(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind policy) {
        return report(user, period, policy, (done, total, message) -> { });
    }

    /** The same, telling a background job how far it is. */
    PeriodicReport report(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind policy, Progress progress);

    /** Computes the report and keeps it as an issued snapshot, with who issued it and when. */
    ReportSnapshot issue(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind policy, String documentNumber);

    /** The issued snapshots of a period, newest first (without their figures). */
    List<ReportSnapshot> snapshots(CurrentUser user, String periodKey);

    /** One issued snapshot, with its figures exactly as issued. */
    ReportSnapshot snapshot(CurrentUser user, long id);

    /**
     * Sends the latest issued snapshot of the period as the structured electronic report to the configured endpoint,
     * retrying, and keeps the outcome with the receipt.
     */
    ReportDelivery send(CurrentUser user, String periodKey);

    /**
     * Writes the report (a draft when {@code snapshot} is null, else the snapshot's own figures) in the format; JSON
     * and XML are validated against their published schemas first.
     */
    void export(PeriodicReport report, ReportSnapshot snapshot, ReportFormatKind format, java.io.OutputStream out);

    /**
     * Runs the report and its export as a background job of the user (a large range, a large agency); the job's
     * result is the file.
     */
    vn.nhiemvu.job.JobView submit(CurrentUser user, ReportingPeriod period, EvaluationPolicy.Kind policy,
            ReportFormatKind format);

    /** Progress of a long report: steps done out of a total, and what it is doing (Vietnamese). */
    @FunctionalInterface
    interface Progress {
        void step(long done, long total, String message);
    }
}
