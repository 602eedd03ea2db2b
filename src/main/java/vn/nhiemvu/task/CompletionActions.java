package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.shared.Message;

/**
 * What the user may do about a task's completion, from {@link CompletionPolicy}: the page shows these and nothing else.
 *
 * @param earliest              the earliest completion date the user may record (null: no bound but the legal range)
 * @param latest                the latest (today)
 * @param steps                 the steps the task's kind requires, each with the day it was done (null: not yet)
 * @param refusal               why the user may not complete the task now although their role may (steps missing),
 *                              the same words the API answers; null if nothing stops them
 * @param reasonRequired        the Office completes without the required steps: it must state a reason
 * @param earliestWithoutReason for the Office: a date before this one is beyond a unit's reach and needs a reason
 * @param bySubmission          the kind is completed by recording the dossier's submission
 */
public record CompletionActions(boolean mayComplete, boolean mayReopen, LocalDate earliest, LocalDate latest,
        TaskKind kind, List<StepState> steps, Message refusal, boolean reasonRequired, LocalDate earliestWithoutReason,
        boolean bySubmission) {

    public CompletionActions {
        steps = List.copyOf(steps);
    }

    /** A required step and the day it was done (null: not done). */
    public record StepState(CompletionStep step, LocalDate doneOn) {

        public boolean done() {
            return doneOn != null;
        }
    }
}
