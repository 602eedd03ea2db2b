package vn.nhiemvu.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.Extraction.Deadline;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * The task proposals of one {@link Body}: an item that assigns work, a clause of prose that starts
 * with a party and a predicate, a row of a table; each with its lead, coordinating parties,
 * deadline and product (ADR 0006). The lead of a task is, in order: the "Chủ trì:" attribute, the
 * party its clause starts with (or the party it asks: "Bộ … đề nghị các đơn vị …"), the section's
 * statement, the party of the nearest heading, the lead-in of its list, the fallback (the
 * addressees of a Công văn or the parties the opening asks).
 */
final class TaskReader {

    /** Headings of sections that state purpose, principles or background: nothing in them is a task. */
    private static final Pattern NOT_TASKS = Pattern.compile("^(?:muc tieu|muc dich|quan diem|nguyen tac|tinh hinh"
            + "|ket qua(?: thuc hien| dat duoc)?$|danh gia|can cu|y nghia|boi canh|su can thiet|pham vi|doi tuong|yeu cau$"
            + "|yeu cau chung|giai thich|tinh than chi dao)");
    /** Paragraphs that close a document: "Trong quá trình thực hiện, nếu có khó khăn…", "Trên đây là…". */
    private static final Pattern CLOSING = Pattern.compile("(?:trong qua trinh|tren day|tran trong|noi nhan)(?![a-z])");
    /**
     * The last paragraph's formula ("… nghiêm túc thực hiện Chỉ thị này./.", "… biết, thực hiện./."); a last paragraph
     * that assigns other work ("Hằng năm, các bộ … báo cáo …/.") is read as any other.
     */
    private static final Pattern CLOSING_FORMULA = Pattern.compile("(?:thuc hien|thi hanh|trien khai)[\\s,a-z]{0,40}"
            + "(?:chi thi|quyet dinh|nghi quyet|cong van|ke hoach|thong bao|van ban)(?: nay| tren)\\s*\\./\\.$"
            + "|(?:thuc hien|biet)\\s*\\./\\.$|(?<![a-z])thong bao de ");
    /** Formulas that decide or close rather than assign: entry into force, "chịu trách nhiệm thi hành", praise. */
    private static final Pattern NOT_AN_ASSIGNMENT = Pattern.compile("co hieu luc(?: thi hanh)?(?: ke)? tu|chiu trach nhiem thi hanh"
            + "|^ban hanh kem theo|^hoan nghenh|^khuyen khich|^dieu chinh muc|^(?:quyet dinh|chi thi|nghi quyet) nay"
            // an approval the letter gives ("Đồng ý Ủy ban nhân dân tỉnh … lập Đề án"), the Office's closing formula
            + "|^dong y |(?:xin )?thong bao de (?:cac |quy )?(?:bo|co quan|don vi|uy ban)");
    /** A norm or an amount, not work: "Tiền ăn sáng: 1.600.000 đồng". */
    private static final Pattern AMOUNT = Pattern.compile(":\\s*[\\d.,]+\\s*(?:dong|%|trieu|nghin|ty)(?![a-z])");
    /** Paragraphs that end an item's run: a new request, the closing, a party. */
    private static final Pattern NOT_CONTINUATION = Pattern.compile(
            "^(?:trong qua trinh|tren day|tran trong|de nghi|yeu cau|giao|dong thoi|ngoai ra)(?![a-z])");

    private final Body body;
    private final DeadlineReader deadlines;
    private final Sections sections;
    private final Leads leads;
    private final Proposals proposals;
    /** Where the bullets of the last report read with its topics end: they are parts of it, not tasks. */
    private int reportPartsEnd = -1;

    TaskReader(Body body, DeadlinePhraseParser parser, WorkingCalendar calendar, LocalDate reference) {
        this.body = body;
        this.deadlines = new DeadlineReader(parser, body, calendar, reference);
        this.sections = new Sections(body, deadlines);
        this.leads = new Leads(body);
        this.proposals = new Proposals(body, deadlines, sections, leads);
    }

    Leads leads() {
        return leads;
    }

    /** Not a task line itself: a section about purpose, principles or background (or its heading), an attribute line. */
    boolean skipped(Line line) {
        return line.start < reportPartsEnd || excluded(line) || sections.isAttribute(line);
    }

    private boolean excluded(Line line) {
        for (Line l = line; l != null && l.index >= body.bodyStart; l = l.parent) {
            if (l.isItem() && NOT_TASKS.matcher(body.folded(l).replaceAll("^[\\s.:]+", "")).find()
                    && (l != line || !l.children.isEmpty() || Body.isCapitals(body.text(l)))) {
                return true;
            }
        }
        return false;
    }

    /** The task of an item, or null when it heads a list, names a topic or decides rather than assigns. */
    TaskProposal fromItem(Line line, List<Party> fallbackLead) {
        String content = body.text(line);
        String folded = body.folded(line);
        int words = content.split("\\s+").length;
        boolean heads = line.children.stream().anyMatch(c -> c.index < body.bodyEnd && !sections.isAttribute(c));
        boolean topic = words <= 15 && folded.startsWith("ve ") && !content.endsWith(".");
        if (heads && content.endsWith(":") && leads.isReportTopics(line)) {
            // "3. Bộ X báo cáo … các vấn đề sau:" and its sub-items: one task, the sub-items are the report's parts
            int end = line.end;
            List<Line> lines = body.outline.lines;
            for (int i = line.index + 1; i < body.bodyEnd && Body.isDescendant(lines.get(i), line); i++) {
                end = Math.max(end, lines.get(i).end);
            }
            reportPartsEnd = end;
            return proposals.of(line, line.start, end, fallbackLead, 0.6);
        }
        if (heads || topic || headsParagraph(line, content, words) || words < 3 || Body.isCapitals(content) || content.endsWith(":") || isPartyOnly(line)
                || NOT_AN_ASSIGNMENT.matcher(folded).find() || AMOUNT.matcher(folded).find()) {
            return null;
        }
        return proposals.of(line, line.start, runEnd(line), fallbackLead, 0.6);
    }

    /**
     * The tasks of a paragraph of prose: each clause (after ". ", "; " or ": ") that starts with a
     * party and a predicate, or a request after a comma (", đề nghị các đơn vị …"), starts a task
     * that runs to the next one; what comes before the first is background.
     */
    List<TaskProposal> fromParagraph(Line line, List<Party> fallbackLead) {
        String content = body.text(line);
        String f = body.folded(line);
        if (content.endsWith(":") && leads.isReportTopics(line)) {
            return reportWithTopics(line, fallbackLead);
        }
        if (content.endsWith(":") || content.endsWith("./.") && CLOSING_FORMULA.matcher(f).find() || Body.isCapitals(content)
                || !(content.endsWith(".") || content.endsWith(";") || content.endsWith("…"))
                || NOT_AN_ASSIGNMENT.matcher(f).find() || Sections.FOCAL_POINT.matcher(f).find()
                || CLOSING.matcher(f).lookingAt()) {
            return List.of();
        }
        Parties parties = body.parties;
        var starts = new TreeSet<Integer>();
        String t = body.source.text();
        for (int p = line.start; p < line.end; p++) {
            boolean clause = p == line.start || ".;:".indexOf(t.charAt(p - 1)) < 0 && p >= line.start + 2
                    && ".;:".indexOf(t.charAt(p - 2)) >= 0 && t.charAt(p - 1) == ' ' && Character.isUpperCase(t.charAt(p));
            if (clause) {
                Parties.Phrase phrase = parties.at(p, line.end);
                if (phrase == null) {
                    phrase = proposals.afterTimeOpening(p, line.end);
                }
                // "X đã ban hành …" reports what was done, "Bộ X nhận được văn bản …" what came in; they assign nothing
                if (phrase != null && phrase.byVerb() && !t.startsWith("đã ", phrase.end() + 1)
                        && !t.startsWith("nhận được ", phrase.end() + 1)) {
                    starts.add(p);
                    // a clause inside the party phrase ("Giao các Bộ: Công an, Tài chính …") starts nothing
                    p = Math.max(p, phrase.end() - 1);
                }
            }
        }
        Matcher request = Leads.REQUEST.matcher(body.source.folded()).region(line.start, line.end);
        while (request.find()) {
            int at = request.start();
            if (parties.at(request.end(), line.end) == null) {
                continue;
            }
            if (at >= line.start + 2 && t.charAt(at - 2) == ',') {
                starts.add(at);
            } else if (!listFollows(line)) {
                // "Về việc này, Thủ tướng Chính phủ giao Bộ X …", "Để chuẩn bị …, Bộ Y đề nghị các Sở …": the one who
                // asks, after a comma, starts the assignment — in a letter's prose, not in the opening of a list
                int asker = askerBefore(line, at);
                if (asker >= 0) {
                    starts.add(asker);
                }
            }
        }
        if (starts.isEmpty()) {
            boolean underPartyHeading = !leads.heading(line).isEmpty() && Character.isUpperCase(content.charAt(0));
            return underPartyHeading ? List.of(proposals.of(line, line.start, line.end, fallbackLead, 0.5)) : List.of();
        }
        var found = new ArrayList<TaskProposal>();
        var list = new ArrayList<>(starts);
        for (int i = 0; i < list.size(); i++) {
            int end = i + 1 < list.size() ? list.get(i + 1) : line.end;
            while (end > list.get(i) && t.charAt(end - 1) == ' ') {
                end--;
            }
            found.add(proposals.of(line, list.get(i), end, fallbackLead, 0.5));
        }
        return found;
    }

    /**
     * "Bộ X chủ trì …, báo cáo Thủ tướng Chính phủ trong tháng 3 năm 2020 các vấn đề sau:" and its bullets: one task,
     * the bullets are the report's parts (their lines are then skipped).
     */
    private List<TaskProposal> reportWithTopics(Line line, List<Party> fallbackLead) {
        Parties.Phrase own = body.parties.at(line.start, line.end);
        List<Line> lines = body.outline.lines;
        int next = line.index + 1;
        if (own == null || !own.byVerb() || own.start() != line.start || next >= body.bodyEnd || !lines.get(next).isItem()) {
            return List.of();
        }
        Outline.Marker marker = lines.get(next).marker;
        int end = line.end;
        for (int i = next; i < body.bodyEnd && lines.get(i).isItem() && lines.get(i).marker == marker; ) {
            end = runEnd(lines.get(i));
            while (i < body.bodyEnd && lines.get(i).start < end) {
                i++;
            }
        }
        reportPartsEnd = end;
        return List.of(proposals.of(line, line.start, end, fallbackLead, 0.5));
    }

    /** Whether list items follow the paragraph in the body: then it opens them rather than assigning alone. */
    private boolean listFollows(Line line) {
        List<Line> lines = body.outline.lines;
        for (int i = line.index + 1; i < body.bodyEnd && i < lines.size(); i++) {
            if (lines.get(i).isItem()) {
                return true;
            }
        }
        return false;
    }

    /** Where the party that asks at {@code at} starts, when it follows a comma or opens the sentence; or -1. */
    private int askerBefore(Line line, int at) {
        String t = body.source.text();
        int from = at - 1;
        while (from > line.start && ",.;:".indexOf(t.charAt(from - 1)) < 0) {
            from--;
        }
        int start = from;
        while (start < at && t.charAt(start) == ' ') {
            start++;
        }
        if (start >= at || !Character.isUpperCase(t.charAt(start))) {
            return -1;
        }
        Parties.Phrase asker = body.parties.at(start, line.end);
        return asker != null && asker.start() == start && asker.byVerb() && asker.end() >= at - 1 && asker.end() <= at ? start : -1;
    }

    private boolean isPartyOnly(Line line) {
        Parties.Phrase phrase = body.parties.at(line.start, line.end);
        return phrase != null && !phrase.byVerb() && body.source.text().substring(phrase.end(), line.end)
                .replaceAll("[\\s:.;,]", "").isEmpty();
    }

    /** An item runs over the paragraphs after it up to the next item, unless one of them starts something else. */
    private int runEnd(Line line) {
        int end = line.end;
        List<Line> lines = body.outline.lines;
        int i = line.index + 1;
        int candidate = end;
        while (i < body.bodyEnd && !lines.get(i).isItem()) {
            Line p = lines.get(i);
            String content = body.text(p);
            Parties.Phrase party = body.parties.at(p.start, p.end);
            if (party == null) {
                // "Hằng năm, các bộ, ngành … báo cáo …" after an item is an assignment of its own
                party = proposals.afterTimeOpening(p.start, p.end);
            }
            if (content.endsWith(":") || content.endsWith("./.") || Body.isCapitals(content) || party != null
                    || NOT_CONTINUATION.matcher(body.folded(p)).find() || Sections.FOCAL_POINT.matcher(body.folded(p)).find()) {
                return end;
            }
            candidate = p.end;
            i++;
        }
        // the last item's trailing paragraphs are the document's closing, not the item
        return i < body.bodyEnd ? candidate : end;
    }

    /**
     * A short title without final punctuation over a paragraph that names its own party ("6. Tập trung xử lý vướng
     * mắc về lao động" then "Bộ Lao động - Thương binh và Xã hội chủ trì …"): a heading, not a task.
     */
    private boolean headsParagraph(Line line, String content, int words) {
        List<Line> lines = body.outline.lines;
        int next = line.index + 1;
        if (content.isEmpty() || words > 12 || ".;:…".indexOf(content.charAt(content.length() - 1)) >= 0 || next >= body.bodyEnd
                || lines.get(next).isItem()) {
            return false;
        }
        Parties.Phrase party = body.parties.at(lines.get(next).start, lines.get(next).end);
        return party != null && party.byVerb() && party.start() == lines.get(next).start;
    }

    /** The task of a table's row: the task cell, the lead and coordinating cells, the time cell. */
    TaskProposal fromRow(TableReader.Row row) {
        return proposals.ofRow(row);
    }
}
