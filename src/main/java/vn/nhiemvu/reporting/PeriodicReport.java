package vn.nhiemvu.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Scorecard;

/**
 * The figures of a periodic report, as of 23:59:59 of the period's cut-off day: what a screen, a sheet, a PDF and
 * the electronic report all show, and what an issued report's snapshot keeps.
 *
 * @param scope               whose tasks: the whole agency, or the user's scope ("Tất cả nhiệm vụ của Bộ", a unit…)
 * @param previous            the same figures for the period before, for the comparison
 * @param recordedAfterCutoff tasks counted (received by the cut-off) that were entered into the system after it: a
 *                            report run again after such entries differs from the one issued then (see the snapshot)
 */
public record PeriodicReport(String agencyCode, String agencyName, String scope, Period period, Period previousPeriod,
        OffsetDateTime evaluatedAt, EvaluationPolicy.Kind policy, String policyLabel, Instant generatedAt,
        Figures summary, Figures previous, List<Breakdown> bySource, List<Breakdown> byUnit, List<Breakdown> byLeader,
        List<Breakdown> byDirective, List<OverdueTask> overdueTasks, List<Scorecard> unitRankings,
        List<Scorecard> leaderRankings, String rankingFormula, long recordedAfterCutoff) {

    /** A period as reports print it. */
    public record Period(String key, ReportingPeriod.Kind kind, String label, LocalDate from, LocalDate to) {

        public static Period of(ReportingPeriod p) {
            return new Period(p.key(), p.kind(), p.label(), p.from(), p.to());
        }
    }

    /**
     * One row of a breakdown: by source, lead unit, supervising leader or directive.
     *
     * @param tasksQuery the filter of {@code /api/v1/tasks} (and of the task list page) that lists its tasks, e.g.
     *                   {@code leadUnit=VP}; null where the list has no such filter (a source)
     */
    public record Breakdown(String key, String name, String tasksQuery, Figures figures) {
    }

    /**
     * An overdue task with why: its evaluation's reason, and the unit's explanation — its latest progress report
     * and its latest request for guidance or a new deadline, as of the cut-off.
     */
    public record OverdueTask(long taskId, String title, String directiveNumber, String leadUnitCode,
            String leadUnitName, String supervisingLeader, LocalDate deadline, String deadlineText,
            LocalDate applicableDeadline, long workingDaysLate, String reason, LocalDate progressReportedOn,
            Integer progressPercent, String progressText, LocalDate guidanceRequestedOn, String guidanceRequest) {
    }
}
