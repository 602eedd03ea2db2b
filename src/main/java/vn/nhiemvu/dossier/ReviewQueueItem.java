package vn.nhiemvu.dossier;

import java.time.Instant;

/** A dossier waiting for the Legal Department. */
public record ReviewQueueItem(long taskId, String taskTitle, String leadUnit, int round, Instant submittedAt,
        String submittedBy) {
}
