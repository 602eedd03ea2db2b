package vn.nhiemvu.area.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;

import vn.nhiemvu.area.AreaDetail;
import vn.nhiemvu.area.AreaFigures;
import vn.nhiemvu.area.ManagementArea;
import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.Rankings;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.task.TaskStanding;

/**
 * The boards' arithmetic, in plain Java: the statuses are the evaluator's (each standing's first evaluation), the due
 * tasks and the ranking {@link Rankings}'. Only the standings handed in count, so a board counts what its reader sees.
 */
final class AreaCounting {

    private AreaCounting() {
    }

    /** The area's figures over the standings of its tasks. */
    static AreaFigures figures(ManagementArea area, String focalUnitName, Collection<TaskStanding> tasks,
            LocalDate from, LocalDate to, LocalDate asOf) {
        var byStatus = new EnumMap<TaskStatus, Long>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            byStatus.put(status, 0L);
        }
        var rankings = new Rankings(from, to, asOf).enter(area.code(), area.name());
        for (TaskStanding task : tasks) {
            Evaluation e = task.evaluations().get(0);
            byStatus.merge(e.status(), 1L, Long::sum);
            rankings.count(area.code(), area.name(), e);
        }
        Scorecard due = rankings.ranked().get(0);
        return new AreaFigures(area, focalUnitName, tasks.size(), byStatus, due);
    }

    /** The area's board: its figures, its overdue tasks (most working days late first), its lead units ranked. */
    static AreaDetail detail(ManagementArea area, String focalUnitName, Collection<TaskStanding> tasks,
            Map<Long, Unit> units, LocalDate from, LocalDate to, LocalDate asOf) {
        var overdue = new ArrayList<AreaDetail.OverdueTask>();
        var rankings = new Rankings(from, to, asOf);
        for (TaskStanding task : tasks) {
            Evaluation e = task.evaluations().get(0);
            Unit unit = units.get(task.leadUnitId());
            String code = unit == null ? String.valueOf(task.leadUnitId()) : unit.code();
            String name = unit == null ? code : unit.name();
            rankings.count(code, name, e);
            if (e.status() == TaskStatus.OVERDUE) {
                overdue.add(new AreaDetail.OverdueTask(task.id(), task.title(), name, e.applicableDeadline(),
                        e.workingDaysLate()));
            }
        }
        overdue.sort(Comparator.comparingLong(AreaDetail.OverdueTask::workingDaysLate).reversed()
                .thenComparingLong(AreaDetail.OverdueTask::id));
        return new AreaDetail(from, to, asOf, figures(area, focalUnitName, tasks, from, to, asOf), overdue, rankings.ranked());
    }
}
