package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.shared.InvalidInputException;

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

    /** Statuses as a request gives them: repeated or comma-separated names; an unknown one is a 400. */
    public static Set<TaskStatus> statuses(List<String> values) {
        if (values == null) {
            return Set.of();
        }
        var result = EnumSet.noneOf(TaskStatus.class);
        for (String value : values) {
            for (String part : value.split(",")) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    result.add(TaskStatus.valueOf(part.strip().toUpperCase()));
                } catch (IllegalArgumentException e) {
                    throw InvalidInputException.of("status", "Trạng thái \"" + part.strip() + "\" không hợp lệ; dùng một trong "
                            + Arrays.toString(TaskStatus.values()) + ".");
                }
            }
        }
        return result;
    }
}
