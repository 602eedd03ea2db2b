package vn.nhiemvu.task;

import vn.nhiemvu.shared.Message;

/**
 * A step of the path to a task's completion (Chỉ thị 75: plan, product, legal review, submission) that a kind of task
 * may require before it is completed; which kind requires which is configured ({@link CompletionPolicy}, ADR 0025).
 * The task module learns which steps a task has done from the modules that record them ({@link TaskStepSource}).
 */
public enum CompletionStep {

    /** An implementation plan approved by leadership (plan module). */
    PLAN_APPROVED,
    /** A result file in the dossier (a file of role RESULT), or a dossier submitted: the product exists. */
    RESULT_FILE,
    /** The Legal Department passed the dossier (dossier module). */
    LEGAL_REVIEW_PASSED,
    /** The submission (trình) was recorded with its document's number and date; it completes the task. */
    SUBMISSION_RECORDED;

    /** The step as it reads inside a sentence ("còn thiếu: …"), a key of the bundles (ADR 0033). */
    public String code() {
        return "completion.step." + name();
    }

    /** What to do to take the step, a key of the bundles. */
    public String howToCode() {
        return code() + ".how";
    }

    /** {@link #code()} in Vietnamese, for the API and the refusal. */
    public String label() {
        return Message.of(code()).vietnamese();
    }

    /** {@link #howToCode()} in Vietnamese, for the API and the refusal. */
    public String howTo() {
        return Message.of(howToCode()).vietnamese();
    }
}
