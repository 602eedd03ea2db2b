package vn.nhiemvu.evaluation;

import java.time.LocalDate;

/**
 * How a task stands as of a date, and why.
 *
 * @param applicableDeadline the deadline the task is judged against under the policy (null: none)
 * @param workingDaysLate    working days past the applicable deadline (completion or as-of date); 0 if not late
 * @param workingDaysLeft    working days left until the applicable deadline for an open task; 0 otherwise
 * @param reason             one Vietnamese sentence a person can check by hand
 */
public record Evaluation(TaskStatus status, LocalDate applicableDeadline, long workingDaysLate, long workingDaysLeft,
        String reason) {
}
