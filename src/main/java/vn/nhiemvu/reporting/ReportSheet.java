package vn.nhiemvu.reporting;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * A part of the periodic report another module keeps (the indicators…): a sheet of the xlsx and a section of the
 * PDF, after the report's own. Its words are final (Vietnamese, as the report's); its cells are a
 * {@link String}, a {@link Number} (a {@link Kind#PERCENT} as a ratio, 0.923 for 92,3 %), a
 * {@link java.time.LocalDate} or null (empty).
 *
 * @param order   places the sheets of several modules: lower first
 * @param title   the sheet's name (at most 31 characters, Excel's limit) and the section's heading
 * @param notes   how the figures were made, printed under the heading and on the sheet's last rows
 * @param columns the headers, with how each cell is written
 */
public record ReportSheet(int order, String title, List<String> notes, List<Column> columns, List<List<Object>> rows) {

    /** How a column's cells are written. */
    public enum Kind {
        TEXT,
        INTEGER,
        DECIMAL,
        PERCENT,
        DATE
    }

    /**
     * A column: its header, its kind, its width in the xlsx (characters), and whether the PDF prints it too (a page
     * holds seven or eight columns; the xlsx has them all).
     */
    public record Column(String header, Kind kind, int width, boolean printed) {
    }

    public ReportSheet {
        Objects.requireNonNull(title, "title");
        if (title.isEmpty() || title.length() > 31) {
            throw new IllegalArgumentException("a sheet's name has 1 to 31 characters: " + title);
        }
        notes = List.copyOf(notes);
        columns = List.copyOf(columns);
        int width = columns.size();
        // Null cells are allowed (an unmeasured period), so not List.copyOf.
        rows = rows.stream().map(row -> {
            if (row.size() != width) {
                throw new IllegalArgumentException("a row of " + row.size() + " cells under " + width + " columns");
            }
            return Collections.unmodifiableList(new ArrayList<>(row));
        }).toList();
    }
}
