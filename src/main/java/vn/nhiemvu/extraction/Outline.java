package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lines of a document and the list structure their markers give: Roman sections (I.), numbered
 * items (1., 1.1.), lettered items (a)), dashes, pluses, bullets, articles (Điều 1.). Nesting follows
 * the order markers first appear in: a marker seen before is a sibling of the open item with that
 * marker, a new one opens a child. "Văn phòng Bộ: a) … b) …" on one line is split into its items.
 */
final class Outline {

    enum Marker {
        ROMAN, ARTICLE, NUMBER, SUBNUMBER, LETTER, DASH, PLUS, BULLET, NONE
    }

    /** One line (or one inline item) of the text: [start, end) without its marker or outer spaces. */
    static final class Line {
        final int index;
        final int markerStart;
        final int start;
        /** Not final: a line a PDF wrapped is joined to the one it continues. */
        int end;
        final Marker marker;
        Line parent;
        final List<Line> children = new ArrayList<>();

        Line(int index, int markerStart, int start, int end, Marker marker) {
            this.index = index;
            this.markerStart = markerStart;
            this.start = start;
            this.end = end;
            this.marker = marker;
        }

        boolean isItem() {
            return marker != Marker.NONE;
        }

        @Override
        public String toString() {
            return marker + "[" + start + "," + end + ")";
        }
    }

    private static final Pattern ROMAN = Pattern.compile("^(?:PHẦN\\s+|Phần\\s+)?(X{0,2}(?:IX|IV|V?I{0,3}))\\s*[.)]\\s+(?=\\S)");
    private static final Pattern ARTICLE = Pattern.compile("^Điều\\s+\\d{1,3}\\s*[.:]\\s*");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,2})\\s*[.)](?![\\d/])\\s*(?=\\S)");
    private static final Pattern SUBNUMBER = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2}){1,3})\\.?(?![\\d/])\\s+(?=\\S)");
    private static final Pattern LETTER = Pattern.compile("^([a-zđ])\\s*\\)\\s*(?=\\S)|^([a-zđ])\\.\\s+(?=\\S)");
    private static final Pattern DASH = Pattern.compile("^[-–—−]+\\s*(?=\\S)");
    private static final Pattern PLUS = Pattern.compile("^\\+\\s*(?=\\S)");
    private static final Pattern BULLET = Pattern.compile("^[•·▪●◦○■□❖➢►✓*]\\s*(?=\\S)");
    /** "A. MỤC ĐÍCH, YÊU CẦU": a capital letter heads a part above the Roman sections. */
    private static final Pattern PART = Pattern.compile("^[A-ZĐ]\\.\\s+(?=\\S)");
    /** A page number a PDF left between two lines: "2", "- 2 -". */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–]?\\s*\\d{1,3}\\s*[-–]?$");
    /** An inline lettered item after a colon, semicolon or full stop: "…: a) …; b) …". */
    private static final Pattern INLINE_LETTER = Pattern.compile("(?<=[:;.])\\s+([a-h])\\)\\s+");

    final List<Line> lines = new ArrayList<>();
    /** Whether a blank line came since the last line was added. */
    private boolean afterBlank;
    /** Whether the last line seen was a page number. */
    private boolean afterPageNumber;

    Outline(String text) {
        int pos = 0;
        int n = text.length();
        while (pos <= n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            addLine(text, pos, lineEnd);
            if (nl < 0) {
                break;
            }
            pos = nl + 1;
        }
        nest();
    }

    private void addLine(String text, int from, int to) {
        int s = from;
        while (s < to && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        int e = to;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
            e--;
        }
        if (s >= e) {
            afterBlank = true;
            return;
        }
        // a page number between two lines is a page break, not a paragraph break: the text may go on across it
        boolean adjacent = !afterBlank || afterPageNumber;
        afterBlank = false;
        String line = text.substring(s, e);
        afterPageNumber = PAGE_NUMBER.matcher(line).matches();
        if (afterPageNumber) {
            return;
        }
        Marker marker = Marker.NONE;
        int content = 0;
        Matcher m;
        if ((m = ROMAN.matcher(line)).find() && !m.group(1).isEmpty()) {
            marker = Marker.ROMAN;
        } else if ((m = PART.matcher(line)).find() && line.equals(line.toUpperCase(java.util.Locale.ROOT))) {
            marker = Marker.ROMAN;
        } else if ((m = ARTICLE.matcher(line)).find()) {
            marker = Marker.ARTICLE;
        } else if ((m = SUBNUMBER.matcher(line)).find()) {
            marker = Marker.SUBNUMBER;
        } else if ((m = NUMBER.matcher(line)).find()) {
            marker = Marker.NUMBER;
        } else if ((m = LETTER.matcher(line)).find()) {
            marker = Marker.LETTER;
        } else if ((m = DASH.matcher(line)).find()) {
            marker = Marker.DASH;
        } else if ((m = PLUS.matcher(line)).find()) {
            marker = Marker.PLUS;
        } else if ((m = BULLET.matcher(line)).find()) {
            marker = Marker.BULLET;
        }
        if (marker != Marker.NONE) {
            content = m.end();
        } else if (!lines.isEmpty() && continues(text, lines.get(lines.size() - 1), line, adjacent)) {
            lines.get(lines.size() - 1).end = e;
            return;
        }
        int start = s + content;
        // inline items: only a run that starts with a) and goes on with b)
        Matcher inline = INLINE_LETTER.matcher(text).region(start, e);
        List<int[]> cuts = new ArrayList<>();
        char expected = 'a';
        while (inline.find()) {
            if (inline.group(1).charAt(0) == expected) {
                cuts.add(new int[] { inline.start(1), inline.end() });
                expected++;
            }
        }
        if (cuts.size() >= 2) {
            lines.add(new Line(lines.size(), s, start, trimEnd(text, start, cuts.get(0)[0]), marker));
            for (int i = 0; i < cuts.size(); i++) {
                int itemEnd = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : e;
                lines.add(new Line(lines.size(), cuts.get(i)[0], cuts.get(i)[1], trimEnd(text, cuts.get(i)[1], itemEnd),
                        Marker.LETTER));
            }
            return;
        }
        lines.add(new Line(lines.size(), s, start, e, marker));
    }

    /** A line in lower case after one that does not end a sentence goes on with it (a PDF's wrapped line). */
    private static boolean continues(String text, Line previous, String line, boolean adjacent) {
        char last = text.charAt(previous.end - 1);
        String before = text.substring(previous.markerStart, previous.end);
        if (".;:!?…".indexOf(last) >= 0 || before.indexOf('\t') >= 0) {
            return false;
        }
        // a long line cut short is a wrap even when the next one starts with a name ("…đã được / Chính phủ giao.")
        // (only where no blank line separates them: pages separate paragraphs by blank lines, PDFs do not)
        int physical = before.length() - before.lastIndexOf('\n') - 1;
        boolean wrapped = adjacent && physical >= 60 && !before.equals(before.toUpperCase(java.util.Locale.ROOT))
                && !line.equals(line.toUpperCase(java.util.Locale.ROOT));
        return Character.isLowerCase(line.charAt(0)) || wrapped;
    }

    private static int trimEnd(String text, int start, int end) {
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return end;
    }

    /** Parents from the order markers appear in; Roman sections and articles always start at the top. */
    private void nest() {
        var open = new ArrayList<Line>();
        for (Line line : lines) {
            if (!line.isItem()) {
                line.parent = open.isEmpty() ? null : open.get(open.size() - 1);
                continue;
            }
            if (line.marker == Marker.ROMAN || line.marker == Marker.ARTICLE) {
                int keep = 0;
                for (int i = 0; i < open.size(); i++) {
                    if (rank(open.get(i).marker) < rank(line.marker)) {
                        keep = i + 1;
                    }
                }
                open.subList(keep, open.size()).clear();
            } else {
                int same = -1;
                for (int i = open.size() - 1; i >= 0; i--) {
                    if (open.get(i).marker == line.marker) {
                        same = i;
                        break;
                    }
                }
                if (same >= 0) {
                    open.subList(same, open.size()).clear();
                }
            }
            line.parent = open.isEmpty() ? null : open.get(open.size() - 1);
            if (line.parent != null) {
                line.parent.children.add(line);
            }
            open.add(line);
        }
    }

    /** Sections rank above articles, which rank above the rest. */
    private static int rank(Marker marker) {
        return switch (marker) {
            case ROMAN -> 0;
            case ARTICLE -> 1;
            default -> 2;
        };
    }
}
