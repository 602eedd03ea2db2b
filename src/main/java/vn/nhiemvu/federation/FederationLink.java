package vn.nhiemvu.federation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A task that crossed installations, as this side knows it.
 *
 * @param direction     OUTGOING: this agency's task, assigned to the peer; INCOMING: the peer's, assigned to us
 * @param upperTaskId   the task's id in the upper installation
 * @param lowerTaskId   the task's id in the lower installation, once accepted
 * @param localTaskId   the task here (OUTGOING: ours; INCOMING: the one made on acceptance), or null
 * @param status        the last status received (OUTGOING) or given (INCOMING)
 * @param statusNote    the reason of a return, or the last progress note
 */
public record FederationLink(long id, Direction direction, String peerCode, String upperTaskId, String lowerTaskId,
        Long localTaskId, String directiveNumber, String directiveTitle, String title, LocalDate deadline,
        String deadlineText, LocalDate cutoff, Status status, String statusNote, Integer progressPercent,
        LocalDate completedOn, Instant updatedAt) {

    public enum Direction {
        OUTGOING, INCOMING
    }

    public enum Status {
        /** Sent down, nothing heard back yet. */
        SENT,
        /** Received from above, waiting for the Office to accept or return it. */
        WAITING,
        ACCEPTED,
        RETURNED,
        IN_PROGRESS,
        COMPLETED
    }
}
