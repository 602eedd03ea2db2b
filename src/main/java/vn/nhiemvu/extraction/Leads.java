package vn.nhiemvu.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * The parties an item gets from around it when it names none itself: the heading it sits under
 * ("1. Văn phòng Bộ"), the lead-in of its list ("Thủ tướng Chính phủ yêu cầu Chủ tịch Ủy ban nhân
 * dân các tỉnh …:"), the opening of the document ("… yêu cầu các cơ quan, đơn vị … sau đây:").
 */
final class Leads {

    /** The words that ask a party to act: the party follows them. */
    static final Pattern REQUEST = Pattern.compile("(?<![a-z])(?:yeu cau|de nghi|giao)\\s+");
    /** A sentence that opens with its purpose or ground before its subject: "Để …, các bộ … cần …". */
    /** The end of a lead-in whose list gives the parts of one report, not tasks. */
    private static final Pattern REPORT_TOPICS = Pattern.compile("(?<![a-z])bao cao(?![a-z]).{0,200}(?:cac|nhung) (?:van de"
            + "|noi dung|thong tin)(?: chu yeu)? (?:sau|sau day|nhu sau):$");
    private static final Pattern OPENING_PHRASE = Pattern.compile("(?:de|nham|voi muc tieu)\\s");

    private final Body body;

    Leads(Body body) {
        this.body = body;
    }

    /** The parties an opening asks to act: "… yêu cầu các cơ quan, đơn vị thuộc Bộ … sau đây:". */
    List<Party> requested(int from, int to) {
        List<Line> lines = body.outline.lines;
        List<Party> found = List.of();
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (line.isItem()) {
                break;
            }
            Matcher m = REQUEST.matcher(body.source.folded()).region(line.start, line.end);
            while (m.find()) {
                Parties.Phrase phrase = body.parties.at(m.end(), line.end);
                if (phrase != null && (phrase.byVerb() || body.source.text().startsWith(":", phrase.end()))) {
                    found = phrase.parties();
                }
            }
        }
        return found;
    }

    /**
     * The parties of the paragraph that introduces the item's list, ending in ":": the ones it asks
     * ("… yêu cầu Chính phủ … sau:") or the one it starts with ("Giám đốc Sở … có trách nhiệm:").
     */
    List<Party> leadIn(Line line) {
        List<Line> lines = body.outline.lines;
        int first = line.index;
        if (line.parent != null) {
            for (Line sibling : line.parent.children) {
                if (sibling.marker == line.marker) {
                    first = sibling.index;
                    break;
                }
            }
            // a lead-in per body between the siblings ("Bộ Y tế:" then its items, "Ủy ban nhân dân tỉnh …:" then
            // its own) holds for the items after it
            for (int k = line.index - 1; k > first; k--) {
                Line p = lines.get(k);
                if (!p.isItem() && body.text(p).endsWith(":") && bodyAlone(p)) {
                    first = k + 1;
                    break;
                }
            }
        } else {
            for (int k = line.index - 1; k >= body.bodyStart; k--) {
                Line top = Body.root(lines.get(k));
                if (!top.isItem() || top.marker != line.marker) {
                    break;
                }
                first = top.index;
            }
        }
        int intro = first - 1;
        if (intro < body.bodyStart || lines.get(intro).isItem() || !body.text(lines.get(intro)).endsWith(":")) {
            // a lead-in holds for the whole list below it, nested lists included; but an item that
            // introduces its own list ("… báo cáo các vấn đề sau:") makes that list its parts, not tasks
            boolean ownList = intro >= body.bodyStart && lines.get(intro).isItem() && body.text(lines.get(intro)).endsWith(":");
            if (ownList) {
                // an item that asks for work ("2. Để …, các bộ, ngành cần triển khai các nhiệm vụ sau đây:") leads its list
                return isReportTopics(lines.get(intro)) ? List.of() : asked(lines.get(intro));
            }
            return line.parent != null && line.parent.index >= body.bodyStart ? leadIn(line.parent) : List.of();
        }
        return asked(lines.get(intro));
    }

    /** The paragraph lists the topics of one report: "… báo cáo Thủ tướng Chính phủ … các vấn đề sau:". */
    boolean isReportTopics(Line p) {
        return REPORT_TOPICS.matcher(body.folded(p)).find();
    }

    /** The parties a lead-in ending in ":" asks, or the one it starts with, or its subject after an opening phrase. */
    private List<Party> asked(Line p) {
        Matcher m = REQUEST.matcher(body.source.folded()).region(p.start, p.end);
        while (m.find()) {
            Parties.Phrase asked = body.parties.at(m.end(), p.end);
            if (asked != null) {
                return asked.parties();
            }
        }
        Parties.Phrase own = body.parties.at(p.start, p.end);
        if (own != null && (own.byVerb() || body.source.text().substring(own.end(), p.end).strip().equals(":"))) {
            // "Giám đốc Sở … có trách nhiệm:", or the body alone: "Bộ Y tế:"
            return own.parties();
        }
        // "Để thực hiện …, các bộ, cơ quan ngang bộ … cần triển khai các nhiệm vụ sau đây:": the subject after an
        // opening phrase
        if (!OPENING_PHRASE.matcher(body.folded(p)).lookingAt()) {
            return List.of();
        }
        String t = body.source.text();
        for (int c = t.indexOf(", ", p.start); c >= 0 && c < p.end; c = t.indexOf(", ", c + 2)) {
            Parties.Phrase subject = body.parties.at(c + 2, p.end);
            if (subject != null && subject.byVerb() && subject.start() == c + 2) {
                return subject.parties();
            }
        }
        return List.of();
    }

    /** The paragraph is a body and a colon, nothing else: "Bộ Y tế:". */
    private boolean bodyAlone(Line p) {
        Parties.Phrase own = body.parties.at(p.start, p.end);
        return own != null && own.start() == p.start && body.source.text().substring(own.end(), p.end).strip().equals(":");
    }

    /** The parties of the nearest heading item above that names one. */
    List<Party> heading(Line line) {
        for (Line h = line.parent; h != null && h.index >= body.bodyStart; h = h.parent) {
            Parties.Phrase phrase = body.parties.at(h.start, h.end);
            if (phrase != null) {
                return phrase.parties();
            }
        }
        return List.of();
    }

    /** The coordinating parties of that heading ("1. Văn phòng Bộ chủ trì, phối hợp với …"). */
    List<Party> headingCoordination(Line line) {
        for (Line h = line.parent; h != null && h.index >= body.bodyStart; h = h.parent) {
            if (body.parties.at(h.start, h.end) != null) {
                return body.parties.coordinating(h.start, h.end);
            }
        }
        return List.of();
    }
}
