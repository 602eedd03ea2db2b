package vn.nhiemvu.task;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * A module that keeps records of tasks (plans, dossiers…) and prints its part of a task's record. The task module
 * depends on none of them: they implement this, it gathers every implementation.
 */
public interface TaskPrintSource {

    /** The module's parts of the task's printed record, as the user may see them; the task is in their scope. */
    List<TaskPrintSection> sections(CurrentUser user, long taskId);
}
