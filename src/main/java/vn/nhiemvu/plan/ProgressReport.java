package vn.nhiemvu.plan;

import java.time.Instant;

/**
 * A progress report of a unit on a task (append-only).
 *
 * @param part LEAD for the lead unit's report, COORDINATING for a coordinating unit's part
 */
public record ProgressReport(long id, long taskId, long unitId, String unitName, String part, int percent,
        String done, String obstacles, String nextSteps, Long milestoneId, String milestoneTitle, Instant createdAt,
        String createdBy) {
}
