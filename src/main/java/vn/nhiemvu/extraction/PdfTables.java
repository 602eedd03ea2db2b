package vn.nhiemvu.extraction;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of a text PDF that hold a task table, as a row a line with tab-separated cells. PDFBox
 * writes cells that share a baseline on one line and a cell's wrapped lines on the next ones, so
 * the columns would be lost; here the words keep their x position: the header (its column words,
 * possibly over two or three lines: "Cơ quan" / "chủ trì") gives the columns, each word goes to the
 * column it starts in, a row starts at a number in the first column (or, without one, at a capital
 * in the task column), and a cell's lines are joined. Pages without a table are left to the plain
 * stripper, whose reading order of headers and signatures the rest of the reader relies on.
 */
final class PdfTables {

    /** A word PDFBox found: its text, left and right x, font size. */
    private record Word(String text, float x0, float x1, float size) {
    }

    /** A column of the header: where it starts, and its words so far. */
    private static final class Column {
        final float x0;
        float x1;
        final StringBuilder words = new StringBuilder();

        Column(float x0, float x1, String text) {
            this.x0 = x0;
            this.x1 = x1;
            words.append(text);
        }
    }

    private static final Pattern ROW_NUMBER = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?|[IVX]{1,5}\\.?|[A-ZĐ]\\.?");
    /** Lines that fit no column before the table is taken as ended. */
    private static final int MISFITS = 3;

    private PdfTables() {
    }

    /** The page's text with its table rows tab-separated, or null when the page holds no table (nor goes on with one). */
    static String page(PDDocument doc, int page, boolean continuing, List<float[]> columnsOut) throws IOException {
        List<List<Word>> lines = lines(doc, page);
        List<Column> columns = null;
        boolean numberColumn = false;
        if (continuing && !columnsOut.isEmpty()) {
            columns = new ArrayList<>();
            for (float[] c : columnsOut) {
                columns.add(new Column(c[0], c[1], ""));
            }
            numberColumn = columnsOut.get(0)[2] > 0;
        }
        var out = new StringBuilder();
        List<StringBuilder> row = null;
        int misfits = 0;
        boolean found = columns != null;
        for (int i = 0; i < lines.size(); i++) {
            List<List<Word>> segments = segments(lines.get(i));
            if (columns == null) {
                int height = header(lines, i);
                if (height > 0) {
                    columns = columns(lines.subList(i, i + height));
                    out.append(String.join("\t", columns.stream().map(c -> c.words.toString().strip()).toList())).append('\n');
                    numberColumn = kind(columns.get(0)) == TableReader.Column.NUMBER;
                    columnsOut.clear();
                    for (Column c : columns) {
                        columnsOut.add(new float[] { c.x0, c.x1, numberColumn ? 1 : 0 });
                    }
                    found = true;
                    i += height - 1;
                    continue;
                }
                // outside the table, pieces far apart are blocks side by side (Quốc hiệu, số and date): a line each
                for (List<Word> segment : segments) {
                    out.append(text(segment)).append('\n');
                }
                continue;
            }
            if (!fits(segments, columns)) {
                flush(row, out);
                row = null;
                out.append(text(lines.get(i))).append('\n');
                if (++misfits >= MISFITS) {
                    columns = null;
                    columnsOut.clear();
                }
                continue;
            }
            misfits = 0;
            List<StringBuilder> cells = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                cells.add(new StringBuilder());
            }
            for (List<Word> segment : segments) {
                cells.get(columnOf(segment.get(0).x0(), columns)).append(text(segment)).append(' ');
            }
            // a row starts at its number; without a number column, at a capital in the first column
            String first = cells.get(0).toString().strip();
            boolean startsRow = row == null || (numberColumn ? ROW_NUMBER.matcher(first).matches()
                    : !first.isEmpty() && Character.isUpperCase(first.charAt(0)));
            if (startsRow) {
                flush(row, out);
                row = cells;
            } else {
                for (int c = 0; c < cells.size(); c++) {
                    row.get(c).append(cells.get(c));
                }
            }
        }
        flush(row, out);
        if (columns == null) {
            columnsOut.clear();
        }
        return found ? out.toString() : null;
    }

    private static void flush(List<StringBuilder> row, StringBuilder out) {
        if (row != null) {
            out.append(String.join("\t", row.stream().map(c -> c.toString().replaceAll("\\s+", " ").strip()).toList()))
                    .append('\n');
        }
    }

    /** A line fits the table when none of its pieces runs far over the start of the next column. */
    private static boolean fits(List<List<Word>> segments, List<Column> columns) {
        for (List<Word> segment : segments) {
            int c = columnOf(segment.get(0).x0(), columns);
            float end = segment.get(segment.size() - 1).x1();
            if (segment.get(0).x0() < columns.get(0).x0 - 20 || c + 1 < columns.size() && end > columns.get(c + 1).x0 + 4) {
                return false;
            }
        }
        return true;
    }

    private static int columnOf(float x, List<Column> columns) {
        int found = 0;
        for (int c = 0; c < columns.size(); c++) {
            if (columns.get(c).x0 <= x + 4) {
                found = c;
            }
        }
        return found;
    }

    /** How many lines from {@code at} make a table header (1 to 3), or 0. */
    private static int header(List<List<Word>> lines, int at) {
        if (segments(lines.get(at)).size() < 3) {
            return 0;
        }
        for (int height = 1; height <= 3 && at + height <= lines.size(); height++) {
            List<Column> columns = columns(lines.subList(at, at + height));
            var kinds = columns.stream().map(PdfTables::kind).toList();
            if (kinds.contains(TableReader.Column.TASK) && kinds.contains(TableReader.Column.LEAD)) {
                return height;
            }
        }
        return 0;
    }

    private static TableReader.Column kind(Column column) {
        return TableReader.column(SourceText.of(column.words.toString().strip()).folded(), false);
    }

    /** The columns the header lines' pieces make: a piece under an earlier one (by x) adds to it. */
    private static List<Column> columns(List<List<Word>> headerLines) {
        var columns = new ArrayList<Column>();
        for (List<Word> line : headerLines) {
            for (List<Word> segment : segments(line)) {
                float x0 = segment.get(0).x0();
                float x1 = segment.get(segment.size() - 1).x1();
                Column under = null;
                for (Column c : columns) {
                    if (x0 < c.x1 + 4 && x1 > c.x0 - 4) {
                        under = c;
                    }
                }
                if (under != null) {
                    under.words.append(' ').append(text(segment));
                    under.x1 = Math.max(under.x1, x1);
                } else {
                    columns.add(new Column(x0, x1, text(segment)));
                }
            }
        }
        columns.sort((a, b) -> Float.compare(a.x0, b.x0));
        return columns;
    }

    /** The pieces of a line: words closer than twice a font size belong together. */
    private static List<List<Word>> segments(List<Word> line) {
        var segments = new ArrayList<List<Word>>();
        List<Word> current = null;
        Word previous = null;
        for (Word w : line) {
            if (previous == null || w.x0() - previous.x1() > Math.max(6, 1.2f * previous.size())) {
                current = new ArrayList<>();
                segments.add(current);
            }
            current.add(w);
            previous = w;
        }
        return segments;
    }

    private static String text(List<Word> words) {
        var b = new StringBuilder();
        for (Word w : words) {
            b.append(b.isEmpty() ? "" : " ").append(w.text());
        }
        return b.toString();
    }

    /** The page's lines of words, top to bottom, left to right. */
    private static List<List<Word>> lines(PDDocument doc, int page) throws IOException {
        var lines = new ArrayList<List<Word>>();
        var stripper = new PDFTextStripper() {
            List<Word> current = new ArrayList<>();

            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                if (positions.isEmpty() || text.isBlank()) {
                    return;
                }
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                current.add(new Word(text.strip(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getFontSizeInPt()));
            }

            @Override
            protected void writeLineSeparator() {
                end();
            }

            @Override
            protected void writePageEnd() {
                end();
            }

            void end() {
                if (!current.isEmpty()) {
                    current.sort((a, b) -> Float.compare(a.x0(), b.x0()));
                    lines.add(current);
                    current = new ArrayList<>();
                }
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(doc);
        stripper.end();
        return lines;
    }
}
