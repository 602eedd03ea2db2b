package vn.nhiemvu.job;

/** Where a background job is in its life: QUEUED → RUNNING → SUCCEEDED or FAILED. */
public enum JobStatus {
    /** Waiting for a free worker. */
    QUEUED("Đang chờ"),
    /** A worker is doing it. */
    RUNNING("Đang thực hiện"),
    /** Done; the result (if any) can be downloaded. */
    SUCCEEDED("Đã xong"),
    /** Stopped by an error or a restart of the application; the message says why. */
    FAILED("Không thành công");

    private final String label;

    JobStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
