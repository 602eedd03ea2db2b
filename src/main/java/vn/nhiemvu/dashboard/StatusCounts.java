package vn.nhiemvu.dashboard;

/** How many tasks are in each status (the names of {@link vn.nhiemvu.evaluation.TaskStatus}). */
public record StatusCounts(long completedOnTime, long completedLate, long inProgress, long dueSoon, long overdue,
        long noDeadline, long total) {

    public static final StatusCounts ZERO = of(0, 0, 0, 0, 0, 0);

    public static StatusCounts of(long completedOnTime, long completedLate, long inProgress, long dueSoon,
            long overdue, long noDeadline) {
        return new StatusCounts(completedOnTime, completedLate, inProgress, dueSoon, overdue, noDeadline,
                completedOnTime + completedLate + inProgress + dueSoon + overdue + noDeadline);
    }

    public StatusCounts plus(StatusCounts o) {
        return of(completedOnTime + o.completedOnTime, completedLate + o.completedLate, inProgress + o.inProgress,
                dueSoon + o.dueSoon, overdue + o.overdue, noDeadline + o.noDeadline);
    }
}
