package vn.nhiemvu.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.deadline.DeadlineKind;
import vn.nhiemvu.extraction.Extraction.Deadline;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * A task proposal made whole once {@link TaskReader} has found its text: its lead (in the order the reader's doc
 * gives), coordinating parties, deadline, product and confidence; and a table row's.
 */
final class Proposals {

    private static final Pattern THEN = Pattern.compile("(?<![a-z])thi\\s+");
    /** A time that opens a clause before its subject: "Kết thúc năm 2013, ", "Hằng năm, ", "Trước ngày 15/12/2026, ". */
    private static final Pattern TIME_OPENING = Pattern.compile("\\s*(?:ket thuc|hang|dinh ky|truoc|cham nhat|trong|den het"
            + "|nam \\d{4}|quy |thang )[^,.;:]{0,40}, ");
    /** A topic that opens an item of a conclusion notice: "Về đầu tư tuyến cao tốc: Giao Bộ Xây dựng chủ trì …". */
    private static final Pattern TOPIC_OPENING = Pattern.compile("\\s*ve [^.;:]{1,120}:\\s+");
    /** The request word the party phrase may skip after the topic. */
    private static final Pattern REQUEST_WORD = Pattern.compile("\\s*(?:(?:giao|de nghi|yeu cau|phan cong)\\s+)?");
    /** An item that asks the addressees by the courtesy form: "Đề nghị quý Bộ …", "Yêu cầu quý cơ quan …". */
    private static final Pattern COURTESY_REQUEST = Pattern.compile("\\s*(?:de nghi|yeu cau) quy (?!i|ii|iii|iv|\\d)");
    /** An item that opens with the cases it applies to, then "thì" and what to do. */
    private static final Pattern SCOPE = Pattern.compile("\\s*doi voi [^.;:]{1,200}?(?<![a-z])thi\\s");

    private final Body body;
    private final DeadlineReader deadlines;
    private final Sections sections;
    private final Leads leads;

    Proposals(Body body, DeadlineReader deadlines, Sections sections, Leads leads) {
        this.body = body;
        this.deadlines = deadlines;
        this.sections = sections;
        this.leads = leads;
    }

    /** The proposal for the text from {@code start} to {@code end} of the line, {@code base} its confidence so far. */
    TaskProposal of(Line line, int start, int end, List<Party> fallbackLead, double base) {
        end = body.trimmedEnd(start, end);
        Parties parties = body.parties;
        double confidence = base;
        List<Party> lead = List.of();
        List<Party> coordinating = List.of();
        ItemAttributes attributes = ItemAttributes.of(body, sections, deadlines, line, start, end);
        if (!attributes.lead().isEmpty()) {
            lead = attributes.lead();
            confidence += 0.2;
        }
        Parties.Phrase own = parties.at(start, end);
        // "Đối với các địa phương chưa lập Đề án thì khẩn trương …": the words before "thì" say to whom the item applies,
        // the one who acts is named after "thì" or comes from the heading, lead-in or addressees
        if (own == null || SCOPE.matcher(body.source.folded()).region(start, end).lookingAt()) {
            own = null;
            Matcher then = THEN.matcher(body.source.folded()).region(start, Math.min(end, start + 300));
            if (then.find()) {
                Parties.Phrase after = parties.at(then.end(), end);
                own = after != null && after.byVerb() ? after : null;
            }
        }
        if (own == null) {
            own = afterTimeOpening(start, end);
        }
        if (own == null) {
            own = afterTopic(start, end);
        }
        // "Đài Truyền hình Việt Nam, Thông tấn xã Việt Nam: Chủ trì xây dựng …": the party and a colon open the item
        boolean partyColon = own != null && !own.byVerb() && body.source.text().startsWith(":", own.end())
                && own.end() + 2 < end;
        if (lead.isEmpty() && own != null && (own.byVerb() || partyColon)) {
            lead = own.parties();
            // "Bộ … đề nghị các đơn vị …": the parties asked lead, not the one asking
            int verb = own.end();
            while (verb < end && body.source.text().charAt(verb) == ' ') {
                verb++;
            }
            Matcher asks = Leads.REQUEST.matcher(body.source.folded()).region(verb, end);
            if (asks.lookingAt()) {
                Parties.Phrase asked = parties.at(asks.end(), end);
                if (asked != null) {
                    lead = asked.parties();
                } else if (body.source.folded().startsWith("quy ", asks.end()) && !fallbackLead.isEmpty()) {
                    // "đề nghị quý Bộ …": the courtesy form names the addressee of the letter
                    lead = fallbackLead;
                }
            }
            confidence += 0.2;
        }
        if (lead.isEmpty() && COURTESY_REQUEST.matcher(body.source.folded()).region(start, end).lookingAt()) {
            // "Đề nghị quý cơ quan, đơn vị …" opening an item: the courtesy form names the letter's addressees
            lead = fallbackLead;
        }
        Sections.Facts section = sections.above(line);
        if (lead.isEmpty() && section != null && !section.lead().isEmpty()) {
            lead = section.lead();
            coordinating = section.coordinating();
            confidence += 0.15;
        }
        if (lead.isEmpty()) {
            lead = leads.heading(line);
            coordinating = leads.headingCoordination(line);
            confidence += lead.isEmpty() ? 0 : 0.15;
        }
        if (lead.isEmpty() && line.isItem()) {
            lead = leads.leadIn(line);
            confidence += lead.isEmpty() ? 0 : 0.1;
        }
        if (lead.isEmpty()) {
            lead = fallbackLead;
            confidence += lead.isEmpty() ? -0.1 : 0.05;
        }
        if (lead.isEmpty() && TOPIC_OPENING.matcher(body.source.folded()).region(start, end).lookingAt()) {
            // "Về cửa khẩu: Đồng ý về nguyên tắc …; Ủy ban nhân dân tỉnh X hoàn thiện hồ sơ …": the topic's work is in
            // a later clause, and nothing else names who does it
            Parties.Phrase later = laterClauseParty(start, end);
            lead = later == null ? List.of() : later.parties();
        }
        if (!attributes.coordinating().isEmpty()) {
            coordinating = attributes.coordinating();
        } else {
            List<Party> inText = parties.coordinating(start, end);
            if (!inText.isEmpty()) {
                coordinating = inText;
            }
        }
        if (coordinating.isEmpty()) {
            coordinating = sections.focalPoints(line);
        }
        if (lead.stream().allMatch(Party::matched) && !lead.isEmpty()) {
            confidence += 0.05;
        }
        Deadline deadline = attributes.deadline() != null ? attributes.deadline() : deadlines.inClause(start, end);
        // a section's own time statement ("Thời gian thực hiện: Tháng 12/2013") is more binding than words in the item
        if (attributes.deadline() == null && section != null && section.deadline() != null
                && (deadline.kind() == null || section.deadline().date() != null
                        && section.deadline().kind() != DeadlineKind.RECURRING)) {
            deadline = section.deadline();
        }
        if (deadline.kind() != null && deadline.date() != null) {
            confidence += 0.05;
        }
        String product = attributes.product() != null ? attributes.product() : ReportAsked.in(body.source, start, end);
        return new TaskProposal(Body.clean(body.source.text().substring(start, end)), body.span(start, end), lead,
                coordinating, deadline, product, Math.min(0.95, Math.round(confidence * 100) / 100.0));
    }

    /**
     * The party after a time that opens the clause: "Kết thúc năm 2013, Chính phủ báo cáo …", "Hằng năm, các bộ,
     * ngành … báo cáo …"; or null.
     */
    Parties.Phrase afterTimeOpening(int start, int end) {
        Matcher time = TIME_OPENING.matcher(body.source.folded()).region(start, end);
        if (!time.lookingAt()) {
            return null;
        }
        Parties.Phrase after = body.parties.at(time.end(), end);
        return after != null && after.byVerb() && after.start() == time.end() ? after : null;
    }

    /** The party that acts after the topic an item opens with ("Về …: Giao Bộ X chủ trì …", "Về …: Bộ X hướng dẫn …"), or null. */
    private Parties.Phrase afterTopic(int start, int end) {
        String folded = body.source.folded();
        Matcher topic = TOPIC_OPENING.matcher(folded).region(start, end);
        if (!topic.lookingAt()) {
            return null;
        }
        Parties.Phrase after = body.parties.at(topic.end(), end);
        return after != null && after.byVerb() && REQUEST_WORD.matcher(folded).region(topic.end(), after.start()).matches()
                ? after : null;
    }

    /** The party that starts a later clause of the text ("…; Ủy ban nhân dân tỉnh X hoàn thiện …") with its predicate, or null. */
    private Parties.Phrase laterClauseParty(int start, int end) {
        String t = body.source.text();
        for (int p = start + 2; p < end; p++) {
            if ((t.charAt(p - 2) == ';' || t.charAt(p - 2) == '.') && t.charAt(p - 1) == ' ' && Character.isUpperCase(t.charAt(p))) {
                Parties.Phrase phrase = body.parties.at(p, end);
                if (phrase != null && phrase.byVerb() && phrase.start() == p) {
                    return phrase;
                }
            }
        }
        return null;
    }

    /** The task of a table's row: the task cell, the lead and coordinating cells, the time cell. */
    TaskProposal ofRow(TableReader.Row row) {
        Parties parties = body.parties;
        String text = body.source.text();
        List<Party> lead = parties.list(row.lead().start(), row.lead().end());
        List<Party> coordinating = row.coordinating().isEmpty() ? List.of()
                : parties.list(row.coordinating().start(), row.coordinating().end());
        Deadline deadline = Deadline.NONE;
        if (!row.deadline().isEmpty()) {
            deadline = deadlines.inCell(row.deadline().start(), row.deadline().end());
        }
        if (deadline.kind() == null) {
            deadline = deadlines.inClause(row.task().start(), row.task().end());
        }
        String product = row.product().isEmpty() ? null : Body.clean(text.substring(row.product().start(), row.product().end()));
        int start = row.task().start();
        int end = row.task().end();
        return new TaskProposal(Body.clean(text.substring(start, end)), body.span(start, end), lead, coordinating,
                deadline, product, 0.85);
    }
}
