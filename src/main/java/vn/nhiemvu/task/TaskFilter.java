package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Set;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;

/**
 * Filters of the task list; null means "any". Statuses are as of {@code asOf}.
 *
 * @param leadUnitCode a unit code
 * @param query        free text, accent-insensitive
 * @param policy       how to count (null: the agency's own policy)
 */
public record TaskFilter(Set<TaskStatus> statuses, String leadUnitCode, Long leaderId, Long directiveId, Long parentTaskId,
        LocalDate deadlineFrom, LocalDate deadlineTo, String query, LocalDate asOf, EvaluationPolicy.Kind policy) {

    public TaskFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    public static TaskFilter asOf(LocalDate asOf) {
        return new TaskFilter(Set.of(), null, null, null, null, null, null, null, asOf, null);
    }
}
