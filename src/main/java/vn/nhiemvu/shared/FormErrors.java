package vn.nhiemvu.shared;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;

/**
 * Why a page refused a form, in Vietnamese, for the page to show again with everything typed: a
 * message per field, from the binding of the typed text (a date that is no date) or from the rule
 * that refused it ({@link InvalidInputException}), and a message for the whole form when the
 * refusal concerns no one field (a conflict or a missing permission). Templates show them through
 * {@code templates/fragments/forms.html}: beside each field, and all together above the form.
 */
public final class FormErrors {

    public static final FormErrors NONE = new FormErrors(Map.of(), Map.of(), null);

    private final Map<String, String> fields;
    private final Map<String, String> typed;
    private final String general;

    private FormErrors(Map<String, String> fields, Map<String, String> typed, String general) {
        this.fields = Collections.unmodifiableMap(fields);
        this.typed = Collections.unmodifiableMap(typed);
        this.general = general;
    }

    /** The fields whose typed text could not be read; empty when every field was read. */
    public static FormErrors of(BindingResult binding) {
        var messages = new LinkedHashMap<String, String>();
        var typed = new LinkedHashMap<String, String>();
        for (FieldError error : binding.getFieldErrors()) {
            messages.merge(field(error.getField()), message(error), FormErrors::join);
            if (error.getRejectedValue() instanceof String text) {
                typed.put(error.getField(), text);
            }
        }
        return new FormErrors(messages, typed, null);
    }

    /** A refusal by the rules: each field's message, or the whole form's for a conflict or a permission. */
    public static FormErrors of(RuntimeException refusal) {
        if (refusal instanceof InvalidInputException invalid) {
            var messages = new LinkedHashMap<String, String>();
            Locale locale = LocaleContextHolder.getLocale();
            invalid.errors().forEach(e -> messages.merge(field(e.field()), e.message().in(locale), FormErrors::join));
            return new FormErrors(messages, Map.of(), null);
        }
        return new FormErrors(Map.of(), Map.of(), refusal instanceof Worded worded
                ? worded.words().in(LocaleContextHolder.getLocale()) : refusal.getMessage());
    }

    /**
     * A refusal of rows a form lists with gaps (rows left empty or not kept are not sent on): the error the rule
     * gives for its k-th row ("tasks[k].deadline") is shown beside the form's row {@code rowOf(k)}, its message
     * led by "{label} {row number}: " when a label is given.
     */
    public static FormErrors ofRows(InvalidInputException refusal, String list, IntUnaryOperator rowOf, Message label) {
        Pattern row = Pattern.compile("^" + Pattern.quote(list) + "\\[(\\d+)]");
        return of(new InvalidInputException(refusal.errors().stream().map(error -> {
            Matcher m = row.matcher(error.field());
            if (!m.find()) {
                return error;
            }
            int shown = rowOf.applyAsInt(Integer.parseInt(m.group(1)));
            return new InvalidInputException.FieldError(list + "[" + shown + "]" + error.field().substring(m.end()),
                    label == null ? error.message() : Message.of("invalid.row", label, shown + 1, error.message()));
        }).toList()));
    }

    public boolean isEmpty() {
        return fields.isEmpty() && general == null;
    }

    public boolean has(String field) {
        return fields.containsKey(field);
    }

    public String get(String field) {
        return fields.get(field);
    }

    /** Every field's message, in the order found. */
    public Map<String, String> fields() {
        return fields;
    }

    /** The message for the whole form, or null. */
    public String general() {
        return general;
    }

    /**
     * For a field outside Spring's {@code th:field} binding: the text typed into it when it could not be read
     * ("31/02/2027"), else its value as the page shows it (a date as dd/MM/yyyy).
     */
    public String typedOr(String field, Object value) {
        if (typed.containsKey(field)) {
            return typed.get(field);
        }
        return value instanceof LocalDate date ? Dates.format(date) : value == null ? "" : value.toString();
    }

    /** The id of the element that shows the field's message: "milestones[1].dueDate" → "error-milestones-1-dueDate". */
    public String idOf(String field) {
        return "error-" + field.replaceAll("[\\[\\].]+", "-").replaceAll("-$", "");
    }

    /** An element of a list chosen in one field ("coordinatingUnits[2]") is shown beside that field. */
    private static String field(String name) {
        return name.replaceAll("\\[\\d+]$", "");
    }

    private static String message(FieldError error) {
        if (error.contains(TypeMismatchException.class)) {
            Throwable cause = error.unwrap(TypeMismatchException.class).getMostSpecificCause();
            return cause instanceof InputRules.Refused refused ? refused.words().in(LocaleContextHolder.getLocale())
                    : Message.of("invalid.value").in(LocaleContextHolder.getLocale());
        }
        return error.getDefaultMessage() == null ? Message.of("invalid.value").in(LocaleContextHolder.getLocale())
                : error.getDefaultMessage();
    }

    private static String join(String a, String b) {
        return a.equals(b) ? a : a + " " + b;
    }
}
