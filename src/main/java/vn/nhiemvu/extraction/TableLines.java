package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import vn.nhiemvu.extraction.Outline.Line;

/**
 * The tables of a document from its body to its end (a plan's or a resolution's appendix comes after
 * the signature), and the outline lines they cover: those are read as rows, never again as items; and
 * how a table's text falls into physical lines and cells.
 */
record TableLines(List<TableReader.Table> tables, Set<Integer> covered) {

    static TableLines of(SourceText source, Outline outline, Parties parties, int from) {
        List<TableReader.Table> tables = new TableReader(source, parties).tables(from, source.text().length());
        Set<Integer> covered = new HashSet<>();
        for (TableReader.Table table : tables) {
            for (Line line : outline.lines) {
                if (line.markerStart < table.end() && line.end > table.start()) {
                    covered.add(line.index);
                }
            }
        }
        return new TableLines(tables, covered);
    }

    boolean covers(Line line) {
        return covered.contains(line.index);
    }

    /** The cells of a line separated by tabs or "|", trimmed; none when the line has neither. */
    static List<TableReader.Cell> cells(String t, int[] line) {
        var cells = new ArrayList<TableReader.Cell>();
        int from = line[0];
        int to = line[1];
        int tab = t.indexOf('\t', from);
        int bar = t.indexOf('|', from);
        if ((tab < 0 || tab >= to) && (bar < 0 || bar >= to)) {
            return cells;
        }
        int start = from;
        for (int i = from; i <= to; i++) {
            if (i == to || t.charAt(i) == '\t' || t.charAt(i) == '|') {
                int s = start;
                int e = i;
                while (s < e && Character.isWhitespace(t.charAt(s))) {
                    s++;
                }
                while (e > s && Character.isWhitespace(t.charAt(e - 1))) {
                    e--;
                }
                // "|" at the very start or end of a Markdown row makes no cell
                boolean edge = (i == to && s == e && t.charAt(i - 1) == '|') || (i == from && t.charAt(i) == '|');
                if (!edge) {
                    cells.add(new TableReader.Cell(s, e));
                }
                start = i + 1;
            }
        }
        return cells;
    }

    /** Non-blank physical lines of [from, to), trimmed of spaces (not of tabs inside). */
    static List<int[]> physicalLines(String t, int from, int to) {
        var lines = new ArrayList<int[]>();
        int pos = from;
        while (pos < to) {
            int nl = t.indexOf('\n', pos);
            int end = nl < 0 || nl > to ? to : nl;
            int s = pos;
            int e = end;
            while (s < e && (t.charAt(s) == ' ' || t.charAt(s) == '\r')) {
                s++;
            }
            while (e > s && Character.isWhitespace(t.charAt(e - 1)) && t.charAt(e - 1) != '\t') {
                e--;
            }
            if (s < e && !t.substring(s, e).isBlank()) {
                lines.add(new int[] { s, e });
            }
            pos = end + 1;
        }
        return lines;
    }
}
