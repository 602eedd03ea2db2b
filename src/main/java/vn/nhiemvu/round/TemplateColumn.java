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
}
