package vn.nhiemvu.area;

import java.util.Map;

import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.evaluation.TaskStatus;

/**
 * An area's figures as of a date, over the tasks of the area the reader may see.
 *
 * @param focalUnitName the focal unit's name (null: none)
 * @param tasks         the area's tasks
 * @param byStatus      how many stand in each status as of the date (every status present, zeros included)
 * @param due           the tasks due in the period as {@link vn.nhiemvu.evaluation.Rankings} counts them:
 *                      due = on time + late + overdue, the on-time ratio over them
 */
public record AreaFigures(ManagementArea area, String focalUnitName, long tasks, Map<TaskStatus, Long> byStatus,
        Scorecard due) {

    public AreaFigures {
        byStatus = Map.copyOf(byStatus);
    }

    /** Open tasks past their deadline in force as of the date, whatever the period. */
    public long overdue() {
        return byStatus.getOrDefault(TaskStatus.OVERDUE, 0L);
    }

    /** Completed on time over the tasks due in the period; null when none was due. */
    public Double onTimeRate() {
        return due.onTimeRate();
    }
}
