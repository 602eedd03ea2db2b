package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Objects;

import vn.nhiemvu.shared.Message;

/**
 * Something recorded about a task on a date (a plan approved, a legal review…): a completion is not dated before it.
 *
 * @param what the step as it reads before its date ({@code completion.task-step.plan-approved}: "kế hoạch thực hiện
 *             được phê duyệt")
 */
public record TaskStep(LocalDate on, Message what) {

    public TaskStep {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(what, "what");
    }
}
