package vn.nhiemvu.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Classifies a task as of a date from its deadline and completion date alone: no clock, no
 * database. A completion after the "as of" date has not happened yet as of that date, so a
 * report run for a past date gives the figures it gave then.
 *
 * <p>The classifier also tells list queries which deadline dates fall in each status (see
 * {@link #dueSoonUntil}), so that filtering in SQL and classifying in Java cannot disagree.
 */
public final class TaskStatusClassifier {

    private final int dueSoonDays;

    /** @param dueSoonDays how many days before its deadline a task counts as due soon */
    public TaskStatusClassifier(int dueSoonDays) {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("dueSoonDays must not be negative: " + dueSoonDays);
        }
        this.dueSoonDays = dueSoonDays;
    }

    public TaskStatus classify(LocalDate deadline, LocalDate completedAt, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        boolean completed = completedAt != null && !completedAt.isAfter(asOf);
        if (completed) {
            return deadline == null || !completedAt.isAfter(deadline)
                    ? TaskStatus.COMPLETED_ON_TIME
                    : TaskStatus.COMPLETED_LATE;
        }
        if (deadline == null) {
            return TaskStatus.NO_DEADLINE;
        }
        if (asOf.isAfter(deadline)) {
            return TaskStatus.OVERDUE;
        }
        return deadline.isAfter(dueSoonUntil(asOf)) ? TaskStatus.IN_PROGRESS : TaskStatus.DUE_SOON;
    }

    /** The last deadline that is "due soon" as of the date; later deadlines are in progress. */
    public LocalDate dueSoonUntil(LocalDate asOf) {
        return asOf.plusDays(dueSoonDays);
    }

    public int dueSoonDays() {
        return dueSoonDays;
    }
}
