package vn.nhiemvu.area;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.Scorecard;

/**
 * One area's board for a period as of a date: its figures, its overdue tasks (the most days late first) and its lead
 * units ranked by the tasks of the area due in the period ({@link vn.nhiemvu.evaluation.Rankings}).
 */
public record AreaDetail(LocalDate from, LocalDate to, LocalDate asOf, AreaFigures figures, List<OverdueTask> overdue,
        List<Scorecard> units) {

    public AreaDetail {
        overdue = List.copyOf(overdue);
        units = List.copyOf(units);
    }

    /** A task of the area overdue as of the date. */
    public record OverdueTask(long id, String title, String leadUnit, LocalDate deadline, long workingDaysLate) {
    }
}
