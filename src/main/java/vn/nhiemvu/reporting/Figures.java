package vn.nhiemvu.reporting;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The counts of a report (or of one row of a breakdown). Every task in the report is in exactly one of
 * {@code completedOnTime, completedLate, inProgress, overdue, noDeadline}, and in exactly one of
 * {@code received, carriedOver}: both sums are {@link #total()}.
 *
 * @param received     received (assigned) in the period
 * @param carriedOver  received before the period and not completed when it began (chuyển tiếp)
 * @param inProgress   not completed, deadline not passed (đang thực hiện trong hạn), due soon included
 * @param dueSoon      of {@code inProgress}, those due soon (a warning inside "trong hạn")
 * @param noDeadline   not completed and without a deadline: counted apart, never overdue
 */
public record Figures(long received, long carriedOver, long completedOnTime, long completedLate, long inProgress,
        long dueSoon, long overdue, long noDeadline) {

    public static final Figures ZERO = new Figures(0, 0, 0, 0, 0, 0, 0, 0);

    /** Every task of the report. */
    @JsonProperty
    public long total() {
        return received + carriedOver;
    }

    @JsonProperty
    public long completed() {
        return completedOnTime + completedLate;
    }

    /** Completed / (completed + overdue): the Government Office's completion rate over tasks due; null when none was due. */
    @JsonProperty
    public Double completionRate() {
        return ratio(completed(), completed() + overdue);
    }

    /** Completed on time / completed; null when none was completed. */
    @JsonProperty
    public Double onTimeRate() {
        return ratio(completedOnTime, completed());
    }

    /** Overdue / all tasks of the report; null when there are none. */
    @JsonProperty
    public Double overdueRate() {
        return ratio(overdue, total());
    }

    /** The sum of two rows. */
    public Figures plus(Figures o) {
        return new Figures(received + o.received, carriedOver + o.carriedOver, completedOnTime + o.completedOnTime,
                completedLate + o.completedLate, inProgress + o.inProgress, dueSoon + o.dueSoon, overdue + o.overdue,
                noDeadline + o.noDeadline);
    }

    private static Double ratio(long part, long whole) {
        return whole == 0 ? null : Math.round(part * 10000.0 / whole) / 10000.0;
    }
}
