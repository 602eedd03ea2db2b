package vn.nhiemvu.evaluation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A request to change a task's deadline and leadership's decision on it (Chỉ thị 75 III.2).
 *
 * @param requestedOn      when the unit asked (its dated request); decides whether it was before the cut-off
 * @param proposedDeadline the deadline the change sets if approved: the date granted (which may differ from the one
 *                         the unit asked for); for a rejection, the one asked
 * @param decidedOn        when leadership decided; an approval counts from that day on
 */
public record DeadlineChange(LocalDate requestedOn, LocalDate proposedDeadline, Decision decision,
        LocalDate decidedOn) {

    public enum Decision {
        APPROVED, REJECTED
    }

    public DeadlineChange {
        Objects.requireNonNull(requestedOn, "requestedOn");
        Objects.requireNonNull(proposedDeadline, "proposedDeadline");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedOn, "decidedOn");
    }

    public boolean isApproved() {
        return decision == Decision.APPROVED;
    }
}
