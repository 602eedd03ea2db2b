package vn.nhiemvu.task;

import java.util.Optional;

/**
 * Implemented by modules that record steps of a task (plan, dossier), so that the task module knows the latest
 * one without depending on them: a completion dated before it is refused to units and leaders
 * ({@link CompletionPolicy}).
 */
public interface TaskStepSource {

    /** The latest step this module recorded for the task, if any. */
    Optional<TaskStep> latestStep(long agencyId, long taskId);
}
