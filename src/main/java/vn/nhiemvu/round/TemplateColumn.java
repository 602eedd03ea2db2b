package vn.nhiemvu.round;

import java.util.List;

/**
 * A column of a template's table.
 *
 * @param key     how the API and the stored answers name it (lower case letters, digits, underscores)
 * @param label   the heading people read
 * @param choices the allowed values of a {@link ColumnType#CHOICE} column, in order; empty for the other types
 */
public record TemplateColumn(String key, String label, ColumnType type, boolean required, String help,
        List<String> choices) {

    public TemplateColumn {
        key = key == null ? "" : key.strip();
        label = label == null ? "" : label.strip();
        help = help == null ? "" : help.strip();
        choices = choices == null ? List.of() : choices.stream().map(c -> c == null ? "" : c.strip()).toList();
    }

    /** A kept value as people read and type it: a date day first (kept as ISO), anything else as kept. */
    public String shown(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return type == ColumnType.DATE && value.matches("\\d{4}-\\d{2}-\\d{2}")
                ? vn.nhiemvu.shared.Dates.format(java.time.LocalDate.parse(value)) : value;
    }
}
