package vn.nhiemvu.evaluation;

/**
 * Where a task stands as of a date. The Government Office counts in 2×2 buckets (completed on
 * time / late, not completed within deadline / overdue); {@link #DUE_SOON} is a warning inside
 * "within deadline", and {@link #NO_DEADLINE} is counted apart and is never overdue.
 */
public enum TaskStatus {

    /** Completed on or before the deadline, or completed with no deadline. */
    COMPLETED_ON_TIME("Hoàn thành đúng hạn", true),
    /** Completed after the deadline. */
    COMPLETED_LATE("Hoàn thành quá hạn", true),
    /** Not completed, the deadline is further away than the warning window. */
    IN_PROGRESS("Đang thực hiện trong hạn", false),
    /** Not completed, the deadline is today or within the warning window. */
    DUE_SOON("Sắp đến hạn", false),
    /** Not completed and the deadline has passed. */
    OVERDUE("Quá hạn", false),
    /** Not completed and there is no deadline. */
    NO_DEADLINE("Không có thời hạn", false);

    private final String label;
    private final boolean completed;

    TaskStatus(String label, boolean completed) {
        this.label = label;
        this.completed = completed;
    }

    /** The Vietnamese name people read. */
    public String label() {
        return label;
    }

    public boolean isCompleted() {
        return completed;
    }
}
