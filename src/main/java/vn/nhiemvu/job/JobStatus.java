package vn.nhiemvu.job;

import vn.nhiemvu.shared.Message;

/** Where a background job is in its life: QUEUED → RUNNING → SUCCEEDED or FAILED. */
public enum JobStatus {
    /** Waiting for a free worker. */
    QUEUED,
    /** A worker is doing it. */
    RUNNING,
    /** Done; the result (if any) can be downloaded. */
    SUCCEEDED,
    /** Stopped by an error or a restart of the application; the message says why. */
    FAILED;

    public String code() {
        return "job.status." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }

    public boolean isFinished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
