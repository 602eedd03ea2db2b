package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

import org.springframework.validation.BindingResult;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The task list's filters as the query parameters of an address: one set of names for the page, the API and every
 * export, so that a view of the list can be bookmarked, shared and downloaded as it is. Dates are written dd/mm/yyyy
 * (as people type them) or yyyy-mm-dd (as the API and older links write them), like every date parameter.
 *
 * @param status           repeated or comma-separated {@link vn.nhiemvu.evaluation.TaskStatus} names
 * @param leadUnit         a unit code
 * @param coordinatingUnit a unit code
 * @param leader           a leader's id
 * @param directive        a directive's id
 * @param parent           a task's id: its sub-tasks
 * @param area             a management area's code ({@link TaskGroups})
 */
public record TaskQuery(List<String> status, String leadUnit, String coordinatingUnit, Long leader, Long directive,
        Long parent, LocalDate deadlineFrom, LocalDate deadlineTo, Boolean mine, String q, LocalDate asOf,
        EvaluationPolicy.Kind policy, String area) {

    public TaskFilter filter() {
        return new TaskFilter(TaskFilter.statuses(status), leadUnit, coordinatingUnit, leader, directive, parent,
                deadlineFrom, deadlineTo, Boolean.TRUE.equals(mine), q, asOf, policy, area);
    }

    /**
     * The filter of a bound query; a parameter that could not be read (a date that does not exist, a word where a
     * number belongs) is a 400 naming it. A query with such a parameter is not bound at all, hence the binding result.
     */
    public static TaskFilter filter(TaskQuery query, BindingResult binding) {
        if (binding.hasFieldErrors()) {
            var errors = new InvalidInputException.Collector();
            binding.getFieldErrors().forEach(e -> errors.add(e.getField(), message(e.getField(), e.getRejectedValue())));
            errors.throwIfAny();
        }
        return query.filter();
    }

    private static Message message(String field, Object value) {
        return switch (field) {
            case "deadlineFrom", "deadlineTo", "asOf", "leader", "directive", "parent", "policy", "mine" ->
                Message.of("invalid.task.query." + field, String.valueOf(value));
            default -> Message.of("invalid.task.query.other", field, String.valueOf(value));
        };
    }

}
