package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * Implemented by modules that record steps of a task (plan, dossier), so that the task module knows them without
 * depending on them: a completion dated before the latest one is refused to units and leaders, and a completion
 * needs the steps of the path its kind requires ({@link CompletionPolicy}).
 */
public interface TaskStepSource {

    /** The latest step this module recorded for the task, if any. */
    Optional<TaskStep> latestStep(long agencyId, long taskId);

    /** The steps of the path to completion this module has seen the task do, each with the day it was done. */
    Map<CompletionStep, LocalDate> pathSteps(long agencyId, long taskId);
}
