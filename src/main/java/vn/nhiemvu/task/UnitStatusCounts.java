package vn.nhiemvu.task;

import java.util.Map;

import vn.nhiemvu.evaluation.TaskStatus;

/** How many of the tasks a unit leads are in each status, as of a date. */
public record UnitStatusCounts(TaskView.UnitRef unit, Map<TaskStatus, Long> counts, long total) {
}
