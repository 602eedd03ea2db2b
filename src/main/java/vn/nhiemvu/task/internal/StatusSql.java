package vn.nhiemvu.task.internal;

import vn.nhiemvu.evaluation.TaskStatus;

/**
 * The classifier's rules as SQL conditions on a task row (alias {@code t}), with parameters
 * {@code :asOf} and {@code :dueSoonUntil} taken from {@code TaskStatusClassifier}. A test checks
 * that filtering with these and classifying in Java agree on every task.
 */
final class StatusSql {

    private static final String DONE = "(t.completed_at is not null and t.completed_at <= :asOf)";
    private static final String OPEN = "(t.completed_at is null or t.completed_at > :asOf)";

    private StatusSql() {
    }

    static String condition(TaskStatus status) {
        return switch (status) {
            case COMPLETED_ON_TIME -> DONE + " and (t.deadline is null or t.completed_at <= t.deadline)";
            case COMPLETED_LATE -> DONE + " and t.deadline is not null and t.completed_at > t.deadline";
            case NO_DEADLINE -> OPEN + " and t.deadline is null";
            case OVERDUE -> OPEN + " and t.deadline < :asOf";
            case DUE_SOON -> OPEN + " and t.deadline >= :asOf and t.deadline <= :dueSoonUntil";
            case IN_PROGRESS -> OPEN + " and t.deadline > :dueSoonUntil";
        };
    }

    /** A column expression counting the rows in the status, named after it. */
    static String countColumn(TaskStatus status) {
        return "sum(case when " + condition(status) + " then 1 else 0 end) as " + status.name().toLowerCase();
    }
}
