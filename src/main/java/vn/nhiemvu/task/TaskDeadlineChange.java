package vn.nhiemvu.task;

import java.time.Instant;
import java.time.LocalDate;

import vn.nhiemvu.evaluation.DeadlineChange;

/**
 * A decided request to change a task's deadline, as the task keeps it: what was asked, when, by
 * which document, what leadership decided, when, who, and why.
 *
 * @param previousDeadline the deadline in force when the decision was recorded (counted the Government Office's way)
 */
public record TaskDeadlineChange(long id, long taskId, LocalDate previousDeadline, LocalDate requestedOn,
        LocalDate proposedDeadline, DeadlineChange.Decision decision, LocalDate decidedOn, String decidedBy,
        String requestRef, String reason, String recordedBy, Instant recordedAt) {

    public DeadlineChange toFact() {
        return new DeadlineChange(requestedOn, proposedDeadline, decision, decidedOn);
    }
}
