package vn.nhiemvu.plan;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.TaskView;

/** The part a user plays in one task's plan. */
public enum PlanRole {

    /** A UNIT account of the task's lead unit. */
    LEAD_UNIT("đơn vị chủ trì"),
    /** The Ministry Office or an administrator, acting on the lead unit's behalf. */
    OFFICE("Văn phòng Bộ"),
    /** The leader who supervises the task or its lead unit. */
    SUPERVISING_LEADER("Lãnh đạo Bộ phụ trách"),
    /** A UNIT account of a coordinating unit: reports on its part, reads the plan. */
    COORDINATING_UNIT("đơn vị phối hợp"),
    /** Anyone else who may see the task (the Legal Department). */
    READER("người xem");

    private final String label;

    PlanRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * The user's part in the task, which they can see. A LEADER sees a task only when they supervise it or
     * its lead unit (the task module's scope), so every leader who sees it is its supervising leader.
     */
    public static PlanRole of(CurrentUser user, TaskView task) {
        return switch (user.role()) {
            case ADMIN, OFFICE -> OFFICE;
            case LEADER -> SUPERVISING_LEADER;
            case LEGAL -> READER;
            case UNIT -> {
                if (task.leadUnit() != null && task.leadUnit().id() == user.unitId()) {
                    yield LEAD_UNIT;
                }
                yield task.coordinatingUnits().stream().anyMatch(u -> u.id() == user.unitId()) ? COORDINATING_UNIT
                        : READER;
            }
        };
    }
}
