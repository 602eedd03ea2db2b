package vn.nhiemvu.tasksheet.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.task.TaskFilter;

/** The task list's filters, as query parameters of the same names as {@code GET /api/v1/tasks}. */
record ExportQuery(List<String> status, String leadUnit, Long leader, Long directive, Long parent,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadlineTo, String q,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf, EvaluationPolicy.Kind policy) {

    TaskFilter filter() {
        return new TaskFilter(TaskFilter.statuses(status), leadUnit == null || leadUnit.isBlank() ? null : leadUnit,
                leader, directive, parent, deadlineFrom, deadlineTo, q, asOf, policy);
    }
}
