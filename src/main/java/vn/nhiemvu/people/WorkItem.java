package vn.nhiemvu.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.TaskStatus;

/**
 * A task the person carried out at some time, with what the sheet needs to know of it — the facts, not the points.
 *
 * @param status           the evaluator's status as of the day the period is reckoned to (its end, or the as-of
 *                         date when earlier)
 * @param deadline         the applicable deadline then (null: none)
 * @param completedOn      the completion date when the status is a completed one
 * @param workingDaysLate  the evaluator's working days late
 * @param weight           the work item's weight (quy đổi) recorded by the as-of date
 * @param holdings         the days the person was its performer
 * @param checks           the unit head's quality checks of the person's work on it, recorded by the as-of date
 * @param objectiveCause   the objective cause confirmed for it, with its decision (null: none)
 */
public record WorkItem(long taskId, String title, TaskStatus status, LocalDate deadline, LocalDate completedOn,
        long workingDaysLate, BigDecimal weight, List<Holding> holdings, List<QualityCheck> checks,
        ObjectiveCause objectiveCause) {

    public WorkItem {
        holdings = List.copyOf(holdings);
        checks = List.copyOf(checks);
    }

    /** The person carried the task out from a day until another (excluded; null: still). */
    public record Holding(LocalDate from, LocalDate until) {

        public boolean covers(LocalDate day) {
            return !day.isBefore(from) && (until == null || day.isBefore(until));
        }

        public boolean overlaps(LocalDate start, LocalDate end) {
            return !from.isAfter(end) && (until == null || until.isAfter(start));
        }
    }

    /** The unit head's assessment: passed or failed the required quality, on a day, by whom, why. */
    public record QualityCheck(LocalDate checkedOn, boolean passed, String note, String checkedBy) {
    }

    /** An objective cause confirmed by the competent level: the decision (number, date), the cause, who recorded it. */
    public record ObjectiveCause(String decision, LocalDate decidedOn, String cause, String recordedBy) {
    }
}
