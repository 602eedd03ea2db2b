package vn.nhiemvu.task;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * A module that knows more about a task than the task module and shows it on the task's page (people: who carries
 * it out). The task module depends on none of them: they implement this, the page gathers every implementation.
 */
public interface TaskPageSource {

    /** The module's facts about the task, as the user may see them; the task is in their scope. */
    List<TaskPageFact> facts(CurrentUser user, long taskId);
}
