package vn.nhiemvu.task;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** What a task is called: never blank, at most {@value #MAX} characters, without surrounding spaces. */
public record TaskTitle(String value) {

    public static final int MAX = 500;

    /** @throws InvalidInputException on {@code title} when blank or too long */
    public TaskTitle {
        value = value == null || value.isBlank() ? null : value.strip();
        if (value == null) {
            throw InvalidInputException.of("title", Message.of("invalid.task.title.required"));
        }
        if (value.length() > MAX) {
            throw InvalidInputException.of("title",
                    Message.of("invalid.task.title.too-long", MAX, value.length()));
        }
    }
}
