package vn.nhiemvu.task;

import java.util.Arrays;
import java.util.Locale;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The order of the task list, written in an address as {@code sort=deadline} or {@code sort=deadline,desc}. Ties are
 * broken by the task's number, so that pages never overlap.
 *
 * @param descending against the key's natural direction
 */
public record TaskSort(Key key, boolean descending) {

    /** The most urgent first: overdue, due soon, in progress, without deadline, then the completed. */
    public static final TaskSort DEFAULT = new TaskSort(Key.STATUS, false);

    public enum Key {
        /** The deadline in force (the applicable deadline), the earliest first; tasks without one last. */
        DEADLINE("deadline"),
        /** Overdue, due soon, in progress, no deadline, completed late, completed on time; then by deadline. */
        STATUS("status"),
        /** The lead unit's name in Vietnamese alphabetical order; then by deadline. */
        UNIT("unit"),
        /** The last change of the task's own record, the most recent first. */
        UPDATED("updated");

        private final String param;

        Key(String param) {
            this.param = param;
        }

        public String param() {
            return param;
        }

        /** The column's heading in the bundles (ADR 0033). */
        public String code() {
            return "sort." + name();
        }

        public String label() {
            return Message.of(code()).vietnamese();
        }
    }

    /** As an address writes it; null or blank is the default order, anything unknown a 400 on {@code sort}. */
    public static TaskSort parse(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String[] parts = value.strip().toLowerCase(Locale.ROOT).split(",", -1);
        Key key = Arrays.stream(Key.values()).filter(k -> k.param.equals(parts[0].strip())).findFirst().orElse(null);
        boolean known = parts.length == 1 || parts.length == 2 && (parts[1].strip().equals("asc") || parts[1].strip().equals("desc"));
        if (key == null || !known) {
            throw InvalidInputException.of("sort", Message.of("invalid.task.sort.invalid", value.strip()));
        }
        return new TaskSort(key, parts.length == 2 && parts[1].strip().equals("desc"));
    }

    /** As an address writes it. */
    public String param() {
        return descending ? key.param + ",desc" : key.param;
    }

    /** The same key the other way. */
    public TaskSort reversed() {
        return new TaskSort(key, !descending);
    }
}
