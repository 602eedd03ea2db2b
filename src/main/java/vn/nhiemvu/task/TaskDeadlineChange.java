package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;

import vn.nhiemvu.evaluation.DeadlineChange;

/**
 * A decided request to change a task's deadline, as the task keeps it: what was asked, when, by
 * which document, what leadership decided (and which date it granted), when, who, and why.
 *
 * @param previousDeadline the deadline in force when the decision was recorded (counted the Government Office's way)
 * @param proposedDeadline the date the unit asked for
 * @param approvedDeadline the date leadership granted, which may differ from the one asked (null unless approved)
 */
public record TaskDeadlineChange(long id, long taskId, LocalDate previousDeadline, LocalDate requestedOn,
        LocalDate proposedDeadline, LocalDate approvedDeadline, DeadlineChange.Decision decision, LocalDate decidedOn,
        String decidedBy, String requestRef, String reason, String recordedBy, Instant recordedAt) {

    public DeadlineChange toFact() {
        return fact(requestedOn, proposedDeadline, approvedDeadline, decision, decidedOn);
    }

    /** The evaluation's fact of a decision: an approval moves the deadline to the date granted, not the one asked. */
    public static DeadlineChange fact(LocalDate requestedOn, LocalDate proposedDeadline, LocalDate approvedDeadline,
            DeadlineChange.Decision decision, LocalDate decidedOn) {
        return new DeadlineChange(requestedOn,
                decision == DeadlineChange.Decision.APPROVED && approvedDeadline != null ? approvedDeadline
                        : proposedDeadline,
                decision, decidedOn);
    }
}
