package vn.nhiemvu.evaluation;

/**
 * How one unit (or one supervising leader) did with the tasks due in a period, as of a date.
 * "Due" means the applicable deadline falls in the period and on or before the as-of date, and the task was
 * completed or is overdue ({@link Rankings#count}): {@code due = onTime + late + overdue}.
 *
 * @param due              tasks due
 * @param onTime           of those, completed on or before the applicable deadline
 * @param late             completed after it
 * @param overdue          not completed, deadline passed
 * @param workingDaysLate  working days late, summed over the late and the overdue tasks
 * @param rank             1 = best; ties broken as {@link Rankings} documents
 */
public record Scorecard(String key, String name, long due, long onTime, long late, long overdue,
        long workingDaysLate, int rank) {

    /** Completed on time over tasks due (Nghị định 335/2025: the share done on schedule); null when none was due. */
    public Double onTimeRate() {
        return due == 0 ? null : (double) onTime / due;
    }

    /** Completed (on time or late) over tasks due; null when none was due. */
    public Double completionRate() {
        return due == 0 ? null : (double) (onTime + late) / due;
    }

    /** Average working days late over the late and the overdue tasks; 0 when none was. */
    public double averageWorkingDaysLate() {
        long behind = late + overdue;
        return behind == 0 ? 0 : (double) workingDaysLate / behind;
    }

    Scorecard ranked(int newRank) {
        return new Scorecard(key, name, due, onTime, late, overdue, workingDaysLate, newRank);
    }
}
