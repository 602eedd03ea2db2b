package vn.nhiemvu.plan;

import java.time.LocalDate;

/**
 * A milestone of a task's approved plan that has not been completed yet.
 *
 * @param planNumber the number of the plan version it belongs to
 */
public record OpenMilestone(long taskId, int planNumber, long milestoneId, String title, LocalDate dueDate) {
}
