package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.extraction.Extraction.Deadline;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * An item's own attributes: "Chủ trì: X", "Phối hợp: Y", "Thời gian: Z", "Sản phẩm: W", on the lines
 * right below the item or inline in it.
 *
 * @param deadline null when none is stated
 * @param product  null when none is stated
 */
record ItemAttributes(List<Party> lead, List<Party> coordinating, Deadline deadline, String product) {

    private static final Pattern INLINE = Pattern.compile("(?<![a-z])(?:don vi |co quan )?(?<name>chu tri"
            + "|phoi hop|thoi gian(?: hoan thanh| thuc hien)?|thoi han(?: hoan thanh)?|san pham)\\s*:\\s*");

    /** The attributes of the item {@code line} whose clause is [start, end). */
    static ItemAttributes of(Body body, Sections sections, DeadlineReader deadlines, Line line, int start, int end) {
        SourceText source = body.source;
        List<Party> lead = List.of();
        List<Party> coordinating = List.of();
        Deadline deadline = null;
        String product = null;
        var stretches = new ArrayList<int[]>();
        List<Line> lines = body.outline.lines;
        for (int i = line.index + 1; i < lines.size(); i++) {
            Line next = lines.get(i);
            if (!sections.isAttribute(next)) {
                break;
            }
            stretches.add(new int[] { next.start, next.end });
        }
        Matcher inline = INLINE.matcher(source.folded()).region(start, end);
        while (inline.find()) {
            stretches.add(new int[] { inline.start(), valueEnd(source, inline.end(), end) });
        }
        for (int[] s : stretches) {
            Matcher m = Sections.ATTRIBUTE.matcher(source.folded()).region(s[0], s[1]);
            if (!m.lookingAt()) {
                continue;
            }
            int from = m.end();
            int to = s[1];
            while (to > from && ";.,)".indexOf(source.text().charAt(to - 1)) >= 0) {
                to--;
            }
            if (from >= to) {
                continue;
            }
            String name = m.group("name");
            if (name.equals("chu tri")) {
                lead = body.parties.list(from, to);
            } else if (name.equals("phoi hop")) {
                coordinating = body.parties.list(from, to);
            } else if (name.startsWith("thoi") || name.startsWith("tien do")) {
                Deadline d = deadlines.inCell(from, to);
                deadline = d.kind() != null ? d : deadline;
            } else if (name.startsWith("san pham") || name.startsWith("ket qua") || name.startsWith("hinh thuc")) {
                product = Body.clean(source.text().substring(from, to));
            }
        }
        return new ItemAttributes(lead, coordinating, deadline, product);
    }

    /** Where an inline attribute's value ends: at ";", ")" or the next attribute. */
    private static int valueEnd(SourceText source, int from, int limit) {
        String t = source.text();
        for (int i = from; i < limit; i++) {
            if (t.charAt(i) == ';' || t.charAt(i) == ')' || t.charAt(i) == '\n') {
                return i;
            }
            if (i > from && INLINE.matcher(source.folded()).region(i, limit).lookingAt()
                    && !Character.isLetterOrDigit(source.folded().charAt(i - 1))) {
                return i;
            }
        }
        return limit;
    }
}
