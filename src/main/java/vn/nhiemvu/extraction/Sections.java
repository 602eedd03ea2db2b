package vn.nhiemvu.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.extraction.Extraction.Deadline;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * What a section says for all its items: the statements among its children of who leads or
 * coordinates, or when ("2. Cơ quan chủ trì: …", "3. Thời gian thực hiện: …"), and the focal point a
 * "… là đầu mối" paragraph names. Remembers each section's facts: one instance per {@link Body}.
 */
final class Sections {

    /** A line that states an attribute of its item: "Chủ trì: …", "Thời gian thực hiện: …", "Sản phẩm: …". */
    static final Pattern ATTRIBUTE = Pattern.compile("^(?:don vi |co quan )?(?<name>chu tri|phoi hop"
            + "|thoi gian(?: hoan thanh| thuc hien| trinh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?"
            + "|san pham(?: dau ra)?|ket qua(?: dau ra)?|kinh phi|nguon kinh phi|hinh thuc(?: van ban)?|cap trinh)\\s*:\\s*");
    /** "… là đầu mối …": names the focal point the section's items coordinate with, assigns nothing itself. */
    static final Pattern FOCAL_POINT = Pattern.compile("(?<![a-z])la (?:co quan |don vi )?dau moi(?![a-z])");
    /** An item that states who leads, coordinates or when, for the tasks of its section ("2. Cơ quan chủ trì"). */
    private static final Pattern SECTION_ATTRIBUTE = Pattern.compile("^(?:(?:co quan|don vi) )?(?<name>chu tri(?:,? (?:va )?phoi hop)?"
            + "|phoi hop|thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?)(?![a-z])"
            + "(?<colon>\\s*:\\s*|\\s*$)?");

    /** What the section statements above a line say: lead, coordinating, deadline (each may be empty). */
    record Facts(List<Party> lead, List<Party> coordinating, Deadline deadline) {
    }

    private final Body body;
    private final DeadlineReader deadlines;
    private final Map<Line, Facts> known = new HashMap<>();

    Sections(Body body, DeadlineReader deadlines) {
        this.body = body;
        this.deadlines = deadlines;
    }

    boolean isAttribute(Line line) {
        return ATTRIBUTE.matcher(body.folded(line)).lookingAt() || sectionAttribute(line) != null;
    }

    /** The item states who leads or coordinates, or when, for its section; or an item inside such a statement. */
    private Line sectionAttribute(Line line) {
        for (Line l = line; l != null && l.index >= body.bodyStart; l = l.parent) {
            if (l.isItem() && statement(l) != null) {
                return l;
            }
        }
        return null;
    }

    /**
     * The match when the item is a statement of who leads or coordinates, or when: "Cơ quan chủ trì",
     * "Thời gian thực hiện: …", "Chủ trì:" — but not an item that starts with the verb ("Chủ trì theo dõi …").
     */
    private Matcher statement(Line line) {
        String folded = body.folded(line);
        Matcher m = SECTION_ATTRIBUTE.matcher(folded);
        if (!m.lookingAt()) {
            return null;
        }
        boolean named = folded.startsWith("co quan") || folded.startsWith("don vi");
        return named || m.group("colon") != null ? m : null;
    }

    /** The nearest section above the line whose statements name a lead (or give a deadline), or null. */
    Facts above(Line line) {
        for (Line h = line.parent; h != null && h.index >= body.bodyStart; h = h.parent) {
            Facts f = facts(h);
            if (!f.lead().isEmpty() || !f.coordinating().isEmpty() || f.deadline() != null) {
                return f;
            }
            if (h.parent == null) {
                break;
            }
        }
        return null;
    }

    /** The facts stated by attribute items among the children of {@code section}. */
    private Facts facts(Line section) {
        Facts facts = known.get(section);
        if (facts == null) {
            facts = compute(section);
            known.put(section, facts);
        }
        return facts;
    }

    private Facts compute(Line section) {
        var lead = new ArrayList<Party>();
        var coordinating = new ArrayList<Party>();
        Deadline deadline = null;
        Parties parties = body.parties;
        for (Line child : section.children) {
            Matcher m = statement(child);
            if (m == null) {
                continue;
            }
            String name = m.group("name");
            if (name.startsWith("thoi") || name.startsWith("tien do")) {
                Deadline d = m.end() < child.end - child.start ? deadlines.inCell(child.start + m.end(), child.end) : Deadline.NONE;
                deadline = d.kind() != null ? d : deadline;
                continue;
            }
            if (name.contains("phoi hop") && name.startsWith("chu tri")) {
                Facts inner = facts(child);
                lead.addAll(inner.lead());
                coordinating.addAll(inner.coordinating());
                continue;
            }
            List<Party> target = name.startsWith("chu tri") ? lead : coordinating;
            if (child.start + m.end() < child.end) {
                target.addAll(parties.list(child.start + m.end(), body.trimmedEnd(child.start + m.end(), child.end)));
            }
            for (Line item : child.children) {
                target.addAll(parties.list(item.start, body.trimmedEnd(item.start, item.end)));
            }
        }
        return new Facts(lead, coordinating, deadline);
    }

    /** The parties a "… là đầu mối" paragraph among the line's section names, for items that name no partner. */
    List<Party> focalPoints(Line line) {
        List<Line> lines = body.outline.lines;
        for (Line h = line.parent; h != null && h.index >= body.bodyStart; h = h.parent) {
            for (int i = h.index + 1; i < lines.size() && i < body.bodyEnd; i++) {
                Line p = lines.get(i);
                if (p.isItem() && p.parent != h && !Body.isDescendant(p, h)) {
                    break;
                }
                if (!p.isItem() && p.parent != null && (p.parent == h || Body.isDescendant(p.parent, h))
                        && FOCAL_POINT.matcher(body.folded(p)).find()) {
                    List<Party> found = body.parties.coordinating(p.start, p.end);
                    if (!found.isEmpty()) {
                        return found;
                    }
                }
            }
        }
        return List.of();
    }
}
