package vn.nhiemvu.job;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A background job as its owner sees it.
 *
 * @param progressTotal null while the work does not yet know how much there is
 * @param message       Vietnamese: what it is doing, what it did, or why it failed
 * @param fileName      the result's download name, null when the job has no result (yet)
 */
public record JobView(long id, String kind, String title, String ownerUsername, JobStatus status, String statusLabel,
        long progressDone, Long progressTotal, String message, String fileName, String contentType, Long resultSize,
        Instant createdAt, Instant startedAt, Instant finishedAt) {

    /** Progress in percent, 0–100; unknown totals count as 0 until the job ends. */
    @JsonProperty
    public int progressPercent() {
        if (status == JobStatus.SUCCEEDED) {
            return 100;
        }
        if (progressTotal == null || progressTotal <= 0) {
            return 0;
        }
        return (int) Math.min(100, progressDone * 100 / progressTotal);
    }

    public boolean hasResult() {
        return status == JobStatus.SUCCEEDED && fileName != null;
    }
}
