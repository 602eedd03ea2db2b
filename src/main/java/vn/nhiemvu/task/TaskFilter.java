package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Filters of the task list; null means "any". Statuses and the deadline range are as of {@code asOf}, the range on
 * the deadline in force (the applicable deadline, which approved extensions move).
 *
 * @param leadUnitCode         a unit code
 * @param coordinatingUnitCode a unit code: tasks it coordinates
 * @param mine                 only the user's own work: a leader's the tasks they supervise, anyone else's the tasks
 *                             their unit leads
 * @param query                free text, accent-insensitive
 * @param policy               how to count (null: the agency's own policy)
 * @param areaCode             a group's code ({@link TaskGroups}): the tasks of that management area
 */
public record TaskFilter(Set<TaskStatus> statuses, String leadUnitCode, String coordinatingUnitCode, Long leaderId,
        Long directiveId, Long parentTaskId, LocalDate deadlineFrom, LocalDate deadlineTo, boolean mine, String query,
        LocalDate asOf, EvaluationPolicy.Kind policy, String areaCode) {

    public TaskFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        leadUnitCode = blankToNull(leadUnitCode);
        coordinatingUnitCode = blankToNull(coordinatingUnitCode);
        query = blankToNull(query);
        areaCode = blankToNull(areaCode);
    }

    /** A filter without an area. */
    public TaskFilter(Set<TaskStatus> statuses, String leadUnitCode, String coordinatingUnitCode, Long leaderId,
            Long directiveId, Long parentTaskId, LocalDate deadlineFrom, LocalDate deadlineTo, boolean mine, String query,
            LocalDate asOf, EvaluationPolicy.Kind policy) {
        this(statuses, leadUnitCode, coordinatingUnitCode, leaderId, directiveId, parentTaskId, deadlineFrom, deadlineTo,
                mine, query, asOf, policy, null);
    }

    public static TaskFilter asOf(LocalDate asOf) {
        return of(Set.of(), asOf);
    }

    /** Only the statuses, as of the date. */
    public static TaskFilter of(Set<TaskStatus> statuses, LocalDate asOf) {
        return new TaskFilter(statuses, null, null, null, null, null, null, null, false, null, asOf, null);
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
                    throw InvalidInputException.of("status", Message.of("invalid.task.status.invalid", part.strip(), Arrays.toString(TaskStatus.values())));
                }
            }
        }
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
