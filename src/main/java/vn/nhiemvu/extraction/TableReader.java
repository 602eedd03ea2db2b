package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.List;

import vn.nhiemvu.extraction.Outline.Line;

/**
 * The table of a Kế hoạch, one row a line and cells separated by tabs or "|" (as the .docx reader
 * writes them, and as tables pasted from a page arrive): a header with a task column ("nhiệm vụ",
 * "nội dung") and a lead column ("chủ trì") makes the rows below it tasks, with the coordinating,
 * deadline and product columns when present. Rows with an empty lead that only name a group of
 * tasks (in capitals or with the other cells empty) are not tasks.
 */
final class TableReader {

    enum Column {
        TASK, LEAD, COORDINATING, DEADLINE, PRODUCT, OTHER
    }

    /** A cell: [start, end) in the regular text, trimmed. */
    record Cell(int start, int end) {
        boolean isEmpty() {
            return start >= end;
        }
    }

    record Row(Line line, Cell task, Cell lead, Cell coordinating, Cell deadline, Cell product) {
    }

    private static final java.util.regex.Pattern NUMBERED = java.util.regex.Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?");

    private final SourceText source;

    TableReader(SourceText source) {
        this.source = source;
    }

    /** The task rows of every table among the lines [from, to). */
    List<Row> rows(List<Line> lines, int from, int to) {
        var rows = new ArrayList<Row>();
        List<Column> header = null;
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            List<Cell> cells = cells(line);
            if (cells.size() < 2) {
                header = null;
                continue;
            }
            List<Column> columns = header(cells);
            if (columns != null) {
                header = columns;
                continue;
            }
            if (header == null) {
                continue;
            }
            Row row = row(line, cells, header);
            if (row != null) {
                rows.add(row);
            }
        }
        return rows;
    }

    private Row row(Line line, List<Cell> cells, List<Column> header) {
        Cell task = cell(cells, header, Column.TASK);
        Cell lead = cell(cells, header, Column.LEAD);
        if (task == null || task.isEmpty() || lead == null || lead.isEmpty()) {
            return null;
        }
        String taskText = source.text().substring(task.start(), task.end());
        String leadText = source.text().substring(lead.start(), lead.end());
        // a group row: in capitals, or a merged cell pasted as the same text in every column
        if (taskText.equals(taskText.toUpperCase(java.util.Locale.ROOT)) || taskText.equals(leadText)) {
            return null;
        }
        // with a number column, a task row is numbered ("1", "2.3"); group rows carry "I", "A" or nothing
        if (header.get(0) == Column.OTHER && cells.size() == header.size()
                && !NUMBERED.matcher(source.text().substring(cells.get(0).start(), cells.get(0).end())).matches()) {
            return null;
        }
        return new Row(line, task, lead, cell(cells, header, Column.COORDINATING), cell(cells, header, Column.DEADLINE),
                cell(cells, header, Column.PRODUCT));
    }

    private static Cell cell(List<Cell> cells, List<Column> header, Column column) {
        int i = header.indexOf(column);
        // rows that lost a leading empty cell (no number) are aligned on the right
        int shift = header.size() - cells.size();
        int k = shift > 0 ? i - shift : i;
        return i < 0 || k < 0 || k >= cells.size() ? null : cells.get(k);
    }

    private List<Column> header(List<Cell> cells) {
        var columns = new ArrayList<Column>();
        boolean task = false;
        boolean lead = false;
        for (Cell cell : cells) {
            String f = source.folded().substring(cell.start(), cell.end());
            Column c;
            if (f.contains("chu tri")) {
                c = Column.LEAD;
                lead = true;
            } else if (f.contains("phoi hop")) {
                c = Column.COORDINATING;
            } else if (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do")) {
                c = Column.DEADLINE;
            } else if (f.contains("san pham") || f.contains("ket qua")) {
                c = Column.PRODUCT;
            } else if (!task && (f.contains("nhiem vu") || f.contains("noi dung") || f.contains("cong viec")
                    || f.contains("hoat dong") || f.contains("giai phap"))) {
                c = Column.TASK;
                task = true;
            } else {
                c = Column.OTHER;
            }
            columns.add(c);
        }
        return task && lead ? columns : null;
    }

    List<Cell> cells(Line line) {
        String t = source.text();
        var cells = new ArrayList<Cell>();
        if (t.substring(line.markerStart, line.end).indexOf('\t') < 0 && t.substring(line.markerStart, line.end).indexOf('|') < 0) {
            return cells;
        }
        int start = line.markerStart;
        for (int i = line.markerStart; i <= line.end; i++) {
            if (i == line.end || t.charAt(i) == '\t' || t.charAt(i) == '|') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                    e--;
                }
                // "|" at the very start or end of a Markdown row makes no cell
                if (!(i == line.end && s == e && t.charAt(i - 1) == '|') && !(start == line.markerStart && i == start)) {
                    cells.add(new Cell(s, e));
                }
                start = i + 1;
            }
        }
        return cells;
    }
}
