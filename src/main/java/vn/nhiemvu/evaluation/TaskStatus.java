package vn.nhiemvu.evaluation;

import vn.nhiemvu.shared.Message;

/**
 * Where a task stands as of a date. The Government Office counts in 2×2 buckets (completed on
 * time / late, not completed within deadline / overdue); {@link #DUE_SOON} is a warning inside
 * "within deadline", and {@link #NO_DEADLINE} is counted apart and is never overdue.
 */
public enum TaskStatus {

    /** Completed on or before the deadline, or completed with no deadline. */
    COMPLETED_ON_TIME(true),
    /** Completed after the deadline. */
    COMPLETED_LATE(true),
    /** Not completed, the deadline is further away than the warning window. */
    IN_PROGRESS(false),
    /** Not completed, the deadline is today or within the warning window. */
    DUE_SOON(false),
    /** Not completed and the deadline has passed. */
    OVERDUE(false),
    /** Not completed and there is no deadline. */
    NO_DEADLINE(false);

    private final boolean completed;

    TaskStatus(boolean completed) {
        this.completed = completed;
    }

    /** The message code of the status's name ("status.OVERDUE"), for pages. */
    public String code() {
        return "status." + name();
    }

    /** The Vietnamese name, for the API, reports and files. */
    public String label() {
        return Message.of(code()).vietnamese();
    }

    public boolean isCompleted() {
        return completed;
    }
}
