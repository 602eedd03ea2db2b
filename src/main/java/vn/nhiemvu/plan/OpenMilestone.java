package vn.nhiemvu.plan;

import java.time.LocalDate;

/** A milestone of a task's approved plan that has not been completed yet. */
public record OpenMilestone(long taskId, long milestoneId, String title, LocalDate dueDate) {
}
