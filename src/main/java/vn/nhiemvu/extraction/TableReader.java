package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The task table of a Kế hoạch or a resolution's appendix ("Phụ lục": STT / nhiệm vụ / cơ quan chủ
 * trì / cơ quan phối hợp / thời gian hoàn thành / sản phẩm), read from the physical lines of the
 * text in the two shapes tables arrive in:
 * <ul>
 * <li><b>a row a line</b>, cells separated by tabs or "|" — the .docx reader, a table copied from a
 * word processor or a page, a Markdown table;</li>
 * <li><b>a cell a line</b> — a PDF's text (cells come one after the other) or a paste that broke the
 * rows: the header is a run of short lines each naming a column, and a row starts at a line holding
 * only its number; a cell that wraps over several lines goes on in lower case, and a row whose
 * cells are fewer than the columns is aligned by what each line is (a party for the chủ trì and
 * phối hợp columns, a time phrase for the time column).</li>
 * </ul>
 * The header is found by its column words, with or without diacritics; it needs a task column
 * ("nhiệm vụ", "nội dung"…) and a lead column ("chủ trì"; else "cơ quan/đơn vị thực hiện"). Section
 * rows are not tasks: with a number column only rows numbered in digits are ("I", "A", "1." of a
 * group are not, nor are rows in capitals, rows whose merged cell repeats the same text, or rows
 * with no lead); a numbered row with an empty lead cell takes the lead of the row above (a cell
 * merged down the column).
 */
final class TableReader {

    enum Column {
        NUMBER, TASK, LEAD, COORDINATING, DEADLINE, PRODUCT, OTHER
    }

    /** A cell: [start, end) in the regular text, trimmed; empty when start == end. */
    record Cell(int start, int end) {
        static final Cell NONE = new Cell(0, 0);

        boolean isEmpty() {
            return start >= end;
        }
    }

    /** A task row: [start, end) is the whole row in the regular text; absent columns are {@link Cell#NONE}. */
    record Row(int start, int end, Cell task, Cell lead, Cell coordinating, Cell deadline, Cell product) {
    }

    /** A table: the span from its header to its last row, which no other rule reads, and its task rows. */
    record Table(int start, int end, List<Row> rows) {
    }

    private static final Pattern DIGITS = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3})*\\.?");
    /** A section row's number: "I", "II.", "A", "B.". */
    private static final Pattern SECTION_NUMBER = Pattern.compile("(?:[IVX]{1,5}|[A-ZĐ])[.)]?");
    /** What a time cell starts with (folded): "Quý II/2024", "Tháng 6/2023", "2023", "Trước 30/6", "Hằng năm". */
    private static final Pattern TIME_CELL = Pattern.compile("^(?:quy|thang|nam \\d|truoc|trong|(?:tu|den|sau) (?:nam|thang|quy|ngay|het)"
            + "|cham nhat|hoan thanh|hang (?:nam|thang|quy|tuan)|thuong xuyen|dinh ky|giai doan|ngay|\\d+ thang"
            + "|\\d{1,2}/\\d{1,2}/\\d{4}|\\d{1,2}/\\d{4}|\\d{4})(?![a-z])");
    /** Header words of columns that are neither task, party, time nor product, in a header of one cell a line. */
    private static final Pattern OTHER_HEADER = Pattern.compile("ghi chu|cap trinh|(?:nguon )?kinh phi|hinh thuc(?: van ban)?|du toan");
    /** A header cell is a few words. */
    private static final int HEADER_WORDS = 8;

    private final SourceText source;
    private final Parties parties;

    TableReader(SourceText source, Parties parties) {
        this.source = source;
        this.parties = parties;
    }

    /** The tables in the text [from, to). */
    List<Table> tables(int from, int to) {
        List<int[]> lines = TableLines.physicalLines(source.text(), from, to);
        var tables = new ArrayList<Table>();
        int i = 0;
        while (i < lines.size()) {
            List<Cell> cells = TableLines.cells(source.text(), lines.get(i));
            List<Column> header = cells.size() >= 2 ? header(cells) : null;
            if (header != null) {
                i = readSeparated(lines, i, header, tables);
                continue;
            }
            int stacked = stackedHeader(lines, i);
            if (stacked > 0) {
                i = readStacked(lines, i, stacked, tables);
                continue;
            }
            i++;
        }
        return tables;
    }

    // ---- a row a line -------------------------------------------------------------------------------------

    /** Reads rows after the header at {@code at}; a later header row (a two-line header, a second table) replaces it. */
    private int readSeparated(List<int[]> lines, int at, List<Column> header, List<Table> tables) {
        int start = lines.get(at)[0];
        int end = lines.get(at)[1];
        var rows = new ArrayList<Row>();
        Cell lastLead = Cell.NONE;
        int i = at + 1;
        int plain = 0;
        for (; i < lines.size(); i++) {
            List<Cell> cells = TableLines.cells(source.text(), lines.get(i));
            if (cells.size() < 2) {
                // a group heading or a page number between rows keeps the table; prose for long does not
                if (++plain > 3) {
                    break;
                }
                continue;
            }
            plain = 0;
            end = lines.get(i)[1];
            List<Column> again = header(cells);
            if (again != null) {
                header = again;
                continue;
            }
            Cell[] byColumn = align(cells, header);
            Row row = row(lines.get(i), byColumn, header, lastLead);
            if (row != null) {
                rows.add(row);
                lastLead = row.lead();
            } else if (isSection(byColumn, header)) {
                lastLead = Cell.NONE;
            }
        }
        tables.add(new Table(start, end, rows));
        return i;
    }

    /** The cells by column; a row that lost its leading empty cells (no number) is aligned on the right. */
    private static Cell[] align(List<Cell> cells, List<Column> header) {
        Cell[] byColumn = new Cell[header.size()];
        int shift = Math.max(0, header.size() - cells.size());
        for (int c = 0; c < header.size(); c++) {
            int k = c - shift;
            byColumn[c] = k >= 0 && k < cells.size() ? cells.get(k) : Cell.NONE;
        }
        return byColumn;
    }

    // ---- a cell a line ------------------------------------------------------------------------------------

    /** The number of lines of a header of one column a line starting at {@code at}, or 0. */
    private int stackedHeader(List<int[]> lines, int at) {
        var columns = new ArrayList<Column>();
        int i = at;
        while (i < lines.size()) {
            int[] l = lines.get(i);
            // a header cell is short: most lines are ruled out before they are looked at
            if (l[1] - l[0] > 60) {
                break;
            }
            String f = folded(l[0], l[1]);
            // a header cell is a few words, no sentence, no "Chủ trì: …" attribute
            if (f.indexOf('\t') >= 0 || f.indexOf('|') >= 0 || f.split("\\s+").length > HEADER_WORDS
                    || f.indexOf(':') >= 0 || f.endsWith(".") && !f.matches("(?:so )?t?t\\.")) {
                break;
            }
            Column c = column(f, columns.contains(Column.TASK));
            if (c == Column.OTHER && !OTHER_HEADER.matcher(f.strip()).matches()) {
                break;
            }
            columns.add(c);
            i++;
        }
        return columns.size() >= 3 && isHeader(columns) ? i - at : 0;
    }

    /**
     * Reads rows of one cell a line after a header of {@code height} lines. Rows start at a line holding
     * a number (a digit row, or a section "I", "A"); without a number column every line that starts with
     * a capital after a complete row starts the next one.
     */
    private int readStacked(List<int[]> lines, int at, int height, List<Table> tables) {
        var header = new ArrayList<Column>();
        for (int k = at; k < at + height; k++) {
            header.add(column(folded(lines.get(k)[0], lines.get(k)[1]), header.contains(Column.TASK)));
        }
        boolean numbered = header.get(0) == Column.NUMBER;
        List<Column> content = numbered ? header.subList(1, header.size()) : header;
        int start = lines.get(at)[0];
        int end = lines.get(at + height - 1)[1];
        var rows = new ArrayList<Row>();
        Cell lastLead = Cell.NONE;
        int i = at + height;
        while (i < lines.size()) {
            int[] first = lines.get(i);
            String number = source.text().substring(first[0], first[1]);
            boolean section = numbered && SECTION_NUMBER.matcher(number).matches();
            if (numbered && !DIGITS.matcher(number).matches() && !section) {
                break;
            }
            int j = i + (numbered ? 1 : 0);
            int next = j;
            // the row's lines run to the next number; without numbers a row is as many lines as columns, plus wraps
            while (next < lines.size() && !(numbered && isNumberLine(lines.get(next)))
                    && !(!numbered && next - j >= content.size() && startsCapital(lines.get(next)))) {
                next++;
            }
            if (j == next) {
                break;
            }
            if (section) {
                // a group heading ("I" then its title): not a task, and the lead merged above ends here
                lastLead = Cell.NONE;
                end = lines.get(next - 1)[1];
                i = next;
                continue;
            }
            List<int[]> rowLines = lines.subList(j, next);
            Cell[] cells = new Cell[content.size()];
            int used = assign(rowLines, content, cells);
            Cell[] byColumn = new Cell[header.size()];
            System.arraycopy(cells, 0, byColumn, numbered ? 1 : 0, cells.length);
            if (numbered) {
                byColumn[0] = new Cell(first[0], first[1]);
            }
            boolean last = next >= lines.size() || !isNumberLine(lines.get(next));
            int rowEnd = rowLines.get(last ? used - 1 : rowLines.size() - 1)[1];
            Row row = row(new int[] { first[0], rowEnd }, byColumn, header, lastLead);
            if (row == null) {
                break;
            }
            rows.add(row);
            lastLead = row.lead();
            end = rowEnd;
            // after the last row, lines its columns did not take are the text after the table
            if (last && used < rowLines.size()) {
                i = j + used;
                break;
            }
            i = next;
        }
        if (rows.isEmpty()) {
            return at + 1;
        }
        tables.add(new Table(start, end, rows));
        return i;
    }

    private boolean isNumberLine(int[] line) {
        String s = source.text().substring(line[0], line[1]);
        return DIGITS.matcher(s).matches() || SECTION_NUMBER.matcher(s).matches();
    }

    private boolean startsCapital(int[] line) {
        return Character.isUpperCase(source.text().charAt(line[0]));
    }

    /**
     * Spreads a row's lines over its columns: one line each when they are as many; else each column
     * takes the lines that fit it (a party for chủ trì and phối hợp, a time phrase for the time column,
     * anything for the others) and its wrapped lines (those starting in lower case); a column whose
     * kind the next line does not fit stays empty. Answers how many of the lines the columns took.
     */
    private int assign(List<int[]> rowLines, List<Column> columns, Cell[] cells) {
        java.util.Arrays.fill(cells, Cell.NONE);
        if (rowLines.size() == columns.size()) {
            for (int c = 0; c < columns.size(); c++) {
                cells[c] = new Cell(rowLines.get(c)[0], rowLines.get(c)[1]);
            }
            return rowLines.size();
        }
        int p = 0;
        for (int c = 0; c < columns.size() && p < rowLines.size(); c++) {
            Column column = columns.get(c);
            if (!fits(rowLines.get(p), column)) {
                continue;
            }
            int s = rowLines.get(p)[0];
            int e = rowLines.get(p)[1];
            p++;
            int columnsLeft = columns.size() - c - 1;
            // a wrapped cell goes on in lower case; the task cell also takes lines that fit no typed column after it
            while (p < rowLines.size() && (Character.isLowerCase(source.text().charAt(rowLines.get(p)[0]))
                    || column == Column.TASK && !fitsNextOf(rowLines.get(p), columns, c) && rowLines.size() - p > columnsLeft)) {
                e = rowLines.get(p)[1];
                p++;
            }
            cells[c] = new Cell(s, e);
        }
        return Math.max(1, p);
    }

    /** Whether the line fits a column after {@code c} that is typed (a party or a time). */
    private boolean fitsNextOf(int[] line, List<Column> columns, int c) {
        for (int k = c + 1; k < columns.size(); k++) {
            Column next = columns.get(k);
            if (next == Column.LEAD || next == Column.COORDINATING || next == Column.DEADLINE) {
                return fits(line, next);
            }
        }
        return false;
    }

    private boolean fits(int[] line, Column column) {
        return switch (column) {
            case LEAD, COORDINATING -> parties.at(line[0], line[1]) != null;
            case DEADLINE -> TIME_CELL.matcher(folded(line[0], line[1])).find();
            default -> true;
        };
    }

    // ---- both shapes --------------------------------------------------------------------------------------

    /** The row as a task, or null for a header, a section or a row without task or lead. */
    private Row row(int[] line, Cell[] byColumn, List<Column> header, Cell lastLead) {
        Cell task = get(byColumn, header, Column.TASK);
        Cell lead = get(byColumn, header, Column.LEAD);
        Cell number = get(byColumn, header, Column.NUMBER);
        boolean numbered = header.contains(Column.NUMBER);
        if (task.isEmpty()) {
            return null;
        }
        String taskText = text(task);
        if (numbered && !DIGITS.matcher(text(number)).matches()) {
            return null;
        }
        if (lead.isEmpty()) {
            // a lead cell merged down the column: the numbered rows under it share its lead
            if (!numbered || lastLead.isEmpty()) {
                return null;
            }
            lead = lastLead;
        }
        String leadText = text(lead);
        // a group row: in capitals, or a merged cell pasted as the same text in every column
        if (Body.isCapitals(taskText) || taskText.equals(leadText)) {
            return null;
        }
        return new Row(line[0], line[1], task, lead, get(byColumn, header, Column.COORDINATING),
                get(byColumn, header, Column.DEADLINE), get(byColumn, header, Column.PRODUCT));
    }

    /** A section row: its number is a Roman numeral or a capital letter, or its text is in capitals. */
    private boolean isSection(Cell[] byColumn, List<Column> header) {
        Cell number = get(byColumn, header, Column.NUMBER);
        Cell task = get(byColumn, header, Column.TASK);
        return !number.isEmpty() && SECTION_NUMBER.matcher(text(number)).matches() || !task.isEmpty() && Body.isCapitals(text(task));
    }

    private static Cell get(Cell[] byColumn, List<Column> header, Column column) {
        int i = header.indexOf(column);
        return i < 0 || byColumn[i] == null ? Cell.NONE : byColumn[i];
    }

    /** The columns of a header row, or null when the cells are not one. */
    private List<Column> header(List<Cell> cells) {
        var columns = new ArrayList<Column>();
        for (Cell cell : cells) {
            String f = folded(cell.start(), cell.end());
            columns.add(f.split("\\s+").length > HEADER_WORDS ? Column.OTHER : column(f, columns.contains(Column.TASK)));
        }
        return isHeader(columns) ? columns : null;
    }

    /** A header names a task column and a lead column; "đơn vị thực hiện" is the lead only where no chủ trì is named. */
    private static boolean isHeader(List<Column> columns) {
        return columns.contains(Column.TASK) && columns.contains(Column.LEAD);
    }

    /** The kind of column a header cell (folded) names. */
    static Column column(String f, boolean taskSeen) {
        f = f.strip();
        if (f.matches("(?:so )?(?:stt|tt|thu tu|so thu tu)\\.?")) {
            return Column.NUMBER;
        }
        if (f.contains("chu tri") || f.matches("(?:co quan|don vi|bo phan)(?:, (?:co quan|don vi))? (?:thuc hien|trien khai)")
                || f.equals("trach nhiem") || f.equals("phan cong")) {
            return Column.LEAD;
        }
        if (f.contains("phoi hop")) {
            return Column.COORDINATING;
        }
        if (f.contains("thoi gian") || f.contains("thoi han") || f.contains("tien do") || f.equals("hoan thanh")
                || f.startsWith("thoi diem")) {
            return Column.DEADLINE;
        }
        if (f.contains("san pham") || f.startsWith("ket qua")) {
            return Column.PRODUCT;
        }
        if (!taskSeen && (f.contains("nhiem vu") || f.contains("noi dung") || f.contains("cong viec")
                || f.contains("hoat dong") || f.contains("giai phap") || f.contains("de an"))) {
            return Column.TASK;
        }
        return Column.OTHER;
    }

    private String text(Cell cell) {
        return source.text().substring(cell.start(), cell.end());
    }

    private String folded(int start, int end) {
        return source.folded().substring(start, end);
    }
}
