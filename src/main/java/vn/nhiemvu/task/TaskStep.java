package vn.nhiemvu.task;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Something recorded about a task on a date (a plan approved, a legal review…): a completion is not dated before it.
 *
 * @param what the step in Vietnamese, as it reads after "ngày" ("kế hoạch thực hiện được phê duyệt")
 */
public record TaskStep(LocalDate on, String what) {

    public TaskStep {
        Objects.requireNonNull(on, "on");
        Objects.requireNonNull(what, "what");
    }
}
