package vn.nhiemvu.round;

import java.util.List;
import java.util.Optional;

/** One table of a template: a title and its columns, in order. */
public record TemplateTable(String title, List<TemplateColumn> columns) {

    public TemplateTable {
        title = title == null ? "" : title.strip();
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public Optional<TemplateColumn> column(String key) {
        return columns.stream().filter(c -> c.key().equals(key)).findFirst();
    }
}
