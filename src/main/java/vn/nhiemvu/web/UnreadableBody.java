package vn.nhiemvu.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.http.converter.HttpMessageNotReadableException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * What a request body Jackson could not read says (for {@link ProblemDetailsAdvice}): the field at fault by its path
 * ({@code milestones[0].dueDate}), what was expected there, and the same words as that field's error.
 */
final class UnreadableBody {

    private UnreadableBody() {
    }

    /** The detail of the problem; the field at fault, if one is, added to {@code errors}. */
    static Message detail(HttpMessageNotReadableException e, List<InvalidInputException.FieldError> errors) {
        Throwable cause = e.getCause();
        if (cause instanceof JacksonException jackson && jackson.getCause() instanceof InputRules.Refused refused) {
            String field = path(jackson);
            return field(errors, field, Message.of("problem.field.refused", field, refused.words()));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return field(errors, path(unknown), Message.of("problem.field.unknown", unknown.getPropertyName()));
        }
        if (cause instanceof InvalidFormatException invalid) {
            String field = path(invalid);
            return field(errors, field, Message.of("problem.field.value", String.valueOf(invalid.getValue()), field,
                    expected(invalid.getTargetType())));
        }
        if (cause instanceof MismatchedInputException mismatched && !mismatched.getPath().isEmpty()) {
            String field = path(mismatched);
            return field(errors, field, Message.of("problem.field.type", field, expected(mismatched.getTargetType())));
        }
        if (cause instanceof StreamReadException) {
            return Message.of("problem.json.invalid");
        }
        if (cause instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
            String field = path(jackson);
            return field(errors, field, Message.of("problem.field.invalid", field));
        }
        return Message.of(cause == null ? "problem.json.missing" : "problem.json.unreadable");
    }

    /** The field's error, added to the list, and the same words for the detail. */
    static Message field(List<InvalidInputException.FieldError> errors, String field, Message message) {
        errors.add(new InvalidInputException.FieldError(field, message));
        return message;
    }

    private static String path(JacksonException e) {
        var path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static Message expected(Class<?> type) {
        if (type == null) {
            return Message.of("problem.expected.valid");
        }
        if (type == LocalDate.class) {
            return Message.of("problem.expected.date");
        }
        if (Number.class.isAssignableFrom(boxed(type))) {
            return Message.of("problem.expected.number");
        }
        if (type == String.class) {
            return Message.of("problem.expected.string");
        }
        if (type == Boolean.class || type == boolean.class) {
            return Message.of("problem.expected.boolean");
        }
        if (type.isEnum()) {
            return Message.of("problem.expected.one-of", java.util.Arrays.toString(type.getEnumConstants()));
        }
        if (List.class.isAssignableFrom(type)) {
            return Message.of("problem.expected.list");
        }
        return Message.of("problem.expected.object");
    }

    /** The type, a primitive number as {@link Number} (also for a query parameter that is not a number). */
    static Class<?> boxed(Class<?> type) {
        if (type == null) {
            return Object.class;
        }
        if (type == int.class || type == long.class || type == short.class || type == double.class) {
            return Number.class;
        }
        return type;
    }
}
