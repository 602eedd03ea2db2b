package vn.nhiemvu.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Input that breaks a rule. Carries every field error found, so that a form or a script can
 * fix them all at once. Each error's words are a {@link Message} (a code in the {@code invalid.}
 * namespace of the bundles and its arguments): the API's problem details and the pages word them in
 * the reader's language, Vietnamese unless English is asked for (ADR 0033); the exception's own
 * message, for logs, is the first error in Vietnamese.
 */
public class InvalidInputException extends RuntimeException implements Worded {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(errors.isEmpty() ? Message.of("invalid.input").vietnamese() : errors.get(0).message().vietnamese());
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, Message message) {
        return new InvalidInputException(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The words of a refusal shown as one message (a flash on a page): the first error's. */
    @Override
    public Message words() {
        return errors.isEmpty() ? Message.of("invalid.input") : errors.get(0).message();
    }

    /** A field (its name in the API, "tasks[2].deadline") and why it was refused. */
    public record FieldError(String field, Message message) {

        /** For logs: the field and its words in Vietnamese. */
        @Override
        public String toString() {
            return field + ": " + message.vietnamese();
        }
    }

    /** Collects field errors while a request is checked, then throws them all together. */
    public static final class Collector {

        private final List<FieldError> errors = new ArrayList<>();

        public Collector add(String field, Message message) {
            errors.add(new FieldError(field, message));
            return this;
        }

        public boolean has(String field) {
            return errors.stream().anyMatch(e -> e.field().equals(field));
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
