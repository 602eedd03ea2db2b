package vn.nhiemvu.task;

import java.util.List;
import java.util.Objects;

/**
 * One part of a task's printed record (the page "In / Tải PDF"): a heading, paragraphs, then tables, all plain text
 * (the page and the PDF escape it). The task module writes its own parts and gathers the others' from every
 * {@link TaskPrintSource}; {@code order} places them: the task 10, deadline changes 20, requests 50, history 90, the
 * other modules' parts in between (plan 30, progress 40, dossier 60).
 */
public record TaskPrintSection(int order, String title, List<String> paragraphs, List<Table> tables) {

    public TaskPrintSection {
        Objects.requireNonNull(title, "title");
        paragraphs = List.copyOf(paragraphs);
        tables = List.copyOf(tables);
    }

    /**
     * Rows of cells under their column headers; with no headers, a list of facts (label, value).
     *
     * @param caption a line above the table, or null
     */
    public record Table(String caption, List<String> headers, List<List<String>> rows) {

        public Table {
            headers = List.copyOf(headers);
            rows = rows.stream().map(row -> row.stream().map(cell -> cell == null ? "" : cell).toList()).toList();
        }
    }
}
