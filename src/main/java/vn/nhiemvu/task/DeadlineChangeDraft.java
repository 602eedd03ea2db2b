package vn.nhiemvu.task;

import java.time.LocalDate;

import vn.nhiemvu.evaluation.DeadlineChange;

/**
 * A decision on a request to change a task's deadline, as the Office or a leader records it;
 * checked by {@link TaskManagement#recordDeadlineChange}.
 *
 * @param proposedDeadline the date the unit asked for
 * @param approvedDeadline for an approval, the date granted (null: the one asked); null for a rejection
 */
public record DeadlineChangeDraft(LocalDate requestedOn, LocalDate proposedDeadline, LocalDate approvedDeadline,
        DeadlineChange.Decision decision, LocalDate decidedOn, String decidedBy, String requestRef, String reason) {
}
