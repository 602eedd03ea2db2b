package vn.nhiemvu.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlineKind;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.deadline.Span;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.extraction.Extraction.Deadline;
import vn.nhiemvu.extraction.Extraction.DocumentInfo;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * Reads a Vietnamese directive and proposes its tasks, by rules (ADR 0006). A task is an item of
 * a list (1., a), -, +) or a row of a Kế hoạch's table, or a paragraph that starts with a party
 * and a predicate ("Các đơn vị chủ động phối hợp…"), inside the body of the document (after the
 * header, before "Nơi nhận" and the signature), outside sections about purpose, principles or the
 * situation (Mục tiêu, Mục đích, Nguyên tắc, Quan điểm, Tình hình…). Items that only head a list
 * ("1. Văn phòng Bộ", "1. Về pháp luật", "… như sau:") are not tasks; a heading that names a party
 * makes it the lead of the items below. The lead of a task is, in order: the "Chủ trì:" attribute
 * or table cell, the party its clause starts with, the party of the nearest heading, the
 * addressees of a Công văn, the parties the opening asks ("yêu cầu các cơ quan, đơn vị … sau đây:").
 * "X chủ trì, phối hợp với Y" and "phối hợp với Y" name the coordinating parties.
 *
 * <p>Plain Java, immutable and thread-safe.
 */
public final class DirectiveExtractor {

    /** Headings of sections that state purpose, principles or background: nothing in them is a task. */
    private static final Pattern NOT_TASKS = Pattern.compile("^(?:muc tieu|muc dich|quan diem|nguyen tac|tinh hinh"
            + "|ket qua(?: thuc hien| dat duoc)?$|danh gia|can cu|y nghia|boi canh|su can thiet|pham vi|doi tuong|yeu cau$"
            + "|yeu cau chung|giai thich|tinh than chi dao)");
    private static final Pattern ATTRIBUTE = Pattern.compile("^(?:don vi |co quan )?(?<name>chu tri|phoi hop"
            + "|thoi gian(?: hoan thanh| thuc hien| trinh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?"
            + "|san pham(?: dau ra)?|ket qua(?: dau ra)?|kinh phi|nguon kinh phi|hinh thuc(?: van ban)?|cap trinh)\\s*:\\s*");
    private static final Pattern INLINE_ATTRIBUTE = Pattern.compile("(?<![a-z])(?:don vi |co quan )?(?<name>chu tri"
            + "|phoi hop|thoi gian(?: hoan thanh| thuc hien)?|thoi han(?: hoan thanh)?|san pham)\\s*:\\s*");
    private static final Pattern REQUEST = Pattern.compile("(?<![a-z])(?:yeu cau|de nghi|giao)\\s+");
    /** Words that make a date in a clause a deadline rather than a mention. */
    private static final Pattern DEADLINE_WORD = Pattern.compile("(?<![a-z])(?:truoc|cham nhat|muon nhat|trong|den|hoan thanh"
            + "|xong|han|cuoi|het|giai doan|vao|ke tu|tu nay)(?![a-z])");
    /** Paragraphs that close a document: "Trong quá trình thực hiện, nếu có khó khăn…", "Trên đây là…". */
    private static final Pattern CLOSING = Pattern.compile("(?:trong qua trinh|tren day|tran trong|noi nhan)(?![a-z])");
    private static final Pattern BARE_YEAR = Pattern.compile("\\s*\\d{4}\\s*");
    private static final Pattern THEN = Pattern.compile("(?<![a-z])thi\\s+");
    /** Formulas that decide or close rather than assign: entry into force, "chịu trách nhiệm thi hành", praise. */
    private static final Pattern NOT_AN_ASSIGNMENT = Pattern.compile("co hieu luc(?: thi hanh)?(?: ke)? tu|chiu trach nhiem thi hanh"
            + "|^ban hanh kem theo|^hoan nghenh|^khuyen khich|^dieu chinh muc|^(?:quyet dinh|chi thi|nghi quyet) nay");
    /** A norm or an amount, not work: "Tiền ăn sáng: 1.600.000 đồng". */
    private static final Pattern AMOUNT = Pattern.compile(":\\s*[\\d.,]+\\s*(?:dong|%|trieu|nghin|ty)(?![a-z])");
    /** "… là đầu mối …": names the focal point the section's items coordinate with, assigns nothing itself. */
    private static final Pattern FOCAL_POINT = Pattern.compile("(?<![a-z])la (?:co quan |don vi )?dau moi(?![a-z])");
    /** Paragraphs that end an item's run: a new request, the closing, a party. */
    private static final Pattern NOT_CONTINUATION = Pattern.compile(
            "^(?:trong qua trinh|tren day|tran trong|de nghi|yeu cau|giao|dong thoi|ngoai ra)(?![a-z])");
    /** An item that states who leads, coordinates or when, for the tasks of its section ("2. Cơ quan chủ trì"). */
    private static final Pattern SECTION_ATTRIBUTE = Pattern.compile("^(?:(?:co quan|don vi) )?(?<name>chu tri(?:,? (?:va )?phoi hop)?"
            + "|phoi hop|thoi gian(?: thuc hien| hoan thanh)?|thoi han(?: hoan thanh)?|tien do(?: thuc hien)?)(?![a-z])"
            + "(?<colon>\\s*:\\s*|\\s*$)?");

    /** The line under an attachment's title: "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Nghị quyết …)". */
    private static final Pattern ATTACHMENT = Pattern.compile("\\(\\s*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|chi thi"
            + "|cong van|thong bao|ke hoach|van ban)");

    /** A sentence that opens with its purpose or ground before its subject: "Để …, các bộ … cần …". */
    private static final Pattern OPENING_PHRASE = Pattern.compile("(?:de|nham|voi muc tieu)\\s");

    private final DeadlinePhraseParser deadlines;

    public DirectiveExtractor(DeadlinePhraseParser deadlines) {
        this.deadlines = Objects.requireNonNull(deadlines, "deadlines");
    }

    /**
     * @param text      the document's text as received (any Unicode form, web page noise allowed)
     * @param reference the date deadlines count from when the document states none (today, for the caller)
     */
    public Extraction extract(String text, PartyDirectory directory, WorkingCalendar calendar, LocalDate reference) {
        Objects.requireNonNull(text, "text");
        SourceText source = SourceText.of(text);
        Outline outline = new Outline(source.text());
        Parties parties = new Parties(source, directory);
        MetadataReader metadata = new MetadataReader(source, outline, directory, parties);
        DocumentInfo document = metadata.read();
        List<Line> lines = outline.lines;
        int bodyStart = metadata.firstContentLine(lines) + 1;
        int bodyEnd = Math.max(bodyStart, metadata.bodyEnd);
        var run = new Run(source, outline, parties, calendar,
                document.issuedOn() != null ? document.issuedOn() : reference, bodyStart, bodyEnd);
        List<Party> fallbackLead = document.kind() == DirectiveKind.CONG_VAN && !document.addressees().isEmpty()
                ? document.addressees().stream().filter(p -> !PartyDirectory.key(p.text()).startsWith("nhu tren")).toList()
                : run.requested(lines, bodyStart, bodyEnd);
        var proposals = new ArrayList<TaskProposal>();
        Set<Integer> tableLines = new HashSet<>();
        // tables are read to the end: a plan's or a resolution's appendix comes after the signature
        int from = bodyStart < lines.size() ? lines.get(bodyStart).markerStart : source.text().length();
        List<TableReader.Table> tables = new TableReader(source, parties).tables(from, source.text().length());
        for (TableReader.Table table : tables) {
            for (TableReader.Row row : table.rows()) {
                proposals.add(run.fromRow(row));
            }
            for (Line line : lines) {
                if (line.markerStart < table.end() && line.end > table.start()) {
                    tableLines.add(line.index);
                }
            }
        }
        read(run, lines, bodyStart, bodyEnd, metadata, tableLines, fallbackLead, proposals);
        // a plan or programme the document issues "kèm theo" follows its signature: its body is read as well
        LocalDate from0 = document.issuedOn() != null ? document.issuedOn() : reference;
        for (int a = attachment(source, lines, bodyEnd); a >= 0; a = attachment(source, lines, a + 1)) {
            int end = a + 1;
            while (end < lines.size() && !MetadataReader.END_OF_BODY.matcher(
                    source.text().substring(lines.get(end).markerStart, lines.get(end).end)).find()) {
                end++;
            }
            var attached = new Run(source, outline, parties, calendar, from0, a + 1, end);
            read(attached, lines, a + 1, end, metadata, tableLines, attached.requested(lines, a + 1, end), proposals);
            a = end - 1;
        }
        proposals.sort(java.util.Comparator.comparingInt(p -> p.span().start()));
        return new Extraction(text, document, List.copyOf(proposals));
    }

    /** The task proposals of the lines [from, to) that are neither header, table nor excluded. */
    private static void read(Run run, List<Line> lines, int from, int to, MetadataReader metadata, Set<Integer> tableLines,
            List<Party> fallbackLead, List<TaskProposal> proposals) {
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (metadata.used.contains(i) || tableLines.contains(i) || run.excluded(line) || run.isAttribute(line)) {
                continue;
            }
            List<TaskProposal> found = line.isItem() ? java.util.Collections.singletonList(run.fromItem(line, fallbackLead))
                    : run.fromParagraph(line, fallbackLead);
            for (TaskProposal proposal : found) {
                // a clause that names no party and gets none from a heading, a lead-in or the addressees assigns nothing
                if (proposal != null && !proposal.lead().isEmpty()) {
                    proposals.add(proposal);
                }
            }
        }
    }

    /** The line at or after {@code from} that opens an attachment ("(Ban hành kèm theo Nghị quyết số …)"), or -1. */
    private static int attachment(SourceText source, List<Line> lines, int from) {
        for (int i = from; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (ATTACHMENT.matcher(source.folded().substring(line.markerStart, line.end)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** The state of one extraction. */
    private final class Run {

        private final SourceText source;
        private final Outline outline;
        private final Parties parties;
        private final WorkingCalendar calendar;
        private final LocalDate reference;
        /** Items above this line belong to the header ("Kính gửi: - …"): never headings of the body. */
        private final int bodyStart;
        /** Items from this line on are Nơi nhận and signature: never children of the body's items. */
        private final int bodyEnd;

        Run(SourceText source, Outline outline, Parties parties, WorkingCalendar calendar, LocalDate reference,
                int bodyStart, int bodyEnd) {
            this.bodyStart = bodyStart;
            this.bodyEnd = bodyEnd;
            this.source = source;
            this.outline = outline;
            this.parties = parties;
            this.calendar = calendar;
            this.reference = reference;
        }

        private String text(Line line) {
            return source.text().substring(line.start, line.end);
        }

        private String folded(Line line) {
            return source.folded().substring(line.start, line.end);
        }

        /** In a section about purpose, principles or background, or a heading of one. */
        boolean excluded(Line line) {
            for (Line l = line; l != null && l.index >= bodyStart; l = l.parent) {
                if (l.isItem() && NOT_TASKS.matcher(folded(l).replaceAll("^[\\s.:]+", "")).find()
                        && (l != line || !l.children.isEmpty() || isCapitals(text(l)))) {
                    return true;
                }
            }
            return false;
        }

        boolean isAttribute(Line line) {
            return ATTRIBUTE.matcher(folded(line)).lookingAt() || sectionAttribute(line) != null;
        }

        /** The item states who leads or coordinates, or when, for its section; or an item inside such a statement. */
        private Line sectionAttribute(Line line) {
            for (Line l = line; l != null && l.index >= bodyStart; l = l.parent) {
                if (l.isItem() && sectionStatement(l) != null) {
                    return l;
                }
            }
            return null;
        }

        /**
         * The match when the item is a statement of who leads or coordinates, or when: "Cơ quan chủ trì",
         * "Thời gian thực hiện: …", "Chủ trì:" — but not an item that starts with the verb ("Chủ trì theo dõi …").
         */
        private Matcher sectionStatement(Line line) {
            Matcher m = SECTION_ATTRIBUTE.matcher(folded(line));
            if (!m.lookingAt()) {
                return null;
            }
            boolean named = folded(line).startsWith("co quan") || folded(line).startsWith("don vi");
            return named || m.group("colon") != null ? m : null;
        }

        /** What the section statements above a line say: lead, coordinating, deadline (each may be empty). */
        private record SectionFacts(List<Party> lead, List<Party> coordinating, Deadline deadline) {
        }

        private final java.util.Map<Line, SectionFacts> sections = new java.util.HashMap<>();

        /** The facts stated by attribute items among the children of {@code section}. */
        private SectionFacts facts(Line section) {
            SectionFacts known = sections.get(section);
            if (known != null) {
                return known;
            }
            SectionFacts computed = computeFacts(section);
            sections.put(section, computed);
            return computed;
        }

        private SectionFacts computeFacts(Line s) {
            {
                var lead = new ArrayList<Party>();
                var coordinating = new ArrayList<Party>();
                Deadline deadline = null;
                for (Line child : s.children) {
                    Matcher m = sectionStatement(child);
                    if (m == null) {
                        continue;
                    }
                    String name = m.group("name");
                    if (name.startsWith("thoi") || name.startsWith("tien do")) {
                        Deadline d = m.end() < child.end - child.start ? parse(child.start + m.end(), child.end, true) : Deadline.NONE;
                        deadline = d.kind() != null ? d : deadline;
                        continue;
                    }
                    boolean both = name.contains("phoi hop") && name.startsWith("chu tri");
                    if (both) {
                        SectionFacts inner = facts(child);
                        lead.addAll(inner.lead());
                        coordinating.addAll(inner.coordinating());
                        continue;
                    }
                    List<Party> target = name.startsWith("chu tri") ? lead : coordinating;
                    if (child.start + m.end() < child.end) {
                        target.addAll(parties.list(child.start + m.end(), trimmedEnd(child.start + m.end(), child.end)));
                    }
                    for (Line item : child.children) {
                        target.addAll(parties.list(item.start, trimmedEnd(item.start, item.end)));
                    }
                }
                return new SectionFacts(lead, coordinating, deadline);
            }
        }

        private int trimmedEnd(int start, int end) {
            while (end > start && ";.,:".indexOf(source.text().charAt(end - 1)) >= 0) {
                end--;
            }
            return end;
        }

        /** The nearest section above the line whose statements name a lead (or give a deadline). */
        private SectionFacts sectionFacts(Line line) {
            for (Line h = line.parent; h != null && h.index >= bodyStart; h = h.parent) {
                SectionFacts f = facts(h);
                if (!f.lead().isEmpty() || !f.coordinating().isEmpty() || f.deadline() != null) {
                    return f;
                }
                if (h.parent == null) {
                    break;
                }
            }
            return null;
        }

        /** The parties a "… là đầu mối" paragraph among the line's section names, for items that name no partner. */
        private List<Party> focalPoints(Line line) {
            for (Line h = line.parent; h != null && h.index >= bodyStart; h = h.parent) {
                for (int i = h.index + 1; i < outline.lines.size() && i < bodyEnd; i++) {
                    Line p = outline.lines.get(i);
                    if (p.isItem() && p.parent != h && !isDescendant(p, h)) {
                        break;
                    }
                    if (!p.isItem() && p.parent != null && (p.parent == h || isDescendant(p.parent, h))
                            && FOCAL_POINT.matcher(folded(p)).find()) {
                        List<Party> found = parties.coordinating(p.start, p.end);
                        if (!found.isEmpty()) {
                            return found;
                        }
                    }
                }
            }
            return List.of();
        }

        private static boolean isDescendant(Line line, Line ancestor) {
            for (Line l = line.parent; l != null; l = l.parent) {
                if (l == ancestor) {
                    return true;
                }
            }
            return false;
        }

        /** The parties an opening asks to act: "… yêu cầu các cơ quan, đơn vị thuộc Bộ … sau đây:". */
        List<Party> requested(List<Line> lines, int from, int to) {
            List<Party> found = List.of();
            for (int i = from; i < to; i++) {
                Line line = lines.get(i);
                if (line.isItem()) {
                    break;
                }
                Matcher m = REQUEST.matcher(source.folded()).region(line.start, line.end);
                while (m.find()) {
                    Parties.Phrase phrase = parties.at(m.end(), line.end);
                    if (phrase != null && (phrase.byVerb() || source.text().startsWith(":", phrase.end()))) {
                        found = phrase.parties();
                    }
                }
            }
            return found;
        }

        TaskProposal fromItem(Line line, List<Party> fallbackLead) {
            String content = text(line);
            int words = content.split("\\s+").length;
            boolean heads = line.children.stream().anyMatch(c -> c.index < bodyEnd && !isAttribute(c));
            boolean topic = words <= 15 && folded(line).startsWith("ve ") && !content.endsWith(".");
            if (heads || topic || words < 3 || isCapitals(content) || content.endsWith(":") || isPartyOnly(line)
                    || NOT_AN_ASSIGNMENT.matcher(folded(line)).find() || AMOUNT.matcher(folded(line)).find()) {
                return null;
            }
            return propose(line, fallbackLead, 0.6);
        }

        /**
         * The tasks of a paragraph of prose: each clause (after ". ", "; " or ": ") that starts with a
         * party and a predicate, or a request after a comma (", đề nghị các đơn vị …"), starts a task
         * that runs to the next one; what comes before the first is background.
         */
        List<TaskProposal> fromParagraph(Line line, List<Party> fallbackLead) {
            String content = text(line);
            String f = folded(line);
            if (content.endsWith(":") || content.endsWith("./.") || isCapitals(content)
                    || !(content.endsWith(".") || content.endsWith(";") || content.endsWith("…"))
                    || NOT_AN_ASSIGNMENT.matcher(f).find() || FOCAL_POINT.matcher(f).find()
                    || CLOSING.matcher(f).lookingAt()) {
                return List.of();
            }
            var starts = new java.util.TreeSet<Integer>();
            String t = source.text();
            for (int p = line.start; p < line.end; p++) {
                boolean clause = p == line.start || ".;:".indexOf(t.charAt(p - 1)) < 0 && p >= line.start + 2
                        && ".;:".indexOf(t.charAt(p - 2)) >= 0 && t.charAt(p - 1) == ' ' && Character.isUpperCase(t.charAt(p));
                if (clause) {
                    Parties.Phrase phrase = parties.at(p, line.end);
                    // "X đã ban hành …" reports what was done; it assigns nothing
                    if (phrase != null && phrase.byVerb() && !t.startsWith("đã ", phrase.end() + 1)) {
                        starts.add(p);
                        // a clause inside the party phrase ("Giao các Bộ: Công an, Tài chính …") starts nothing
                        p = Math.max(p, phrase.end() - 1);
                    }
                }
            }
            Matcher request = REQUEST.matcher(source.folded()).region(line.start, line.end);
            while (request.find()) {
                int at = request.start();
                if (at >= line.start + 2 && t.charAt(at - 2) == ',' && parties.at(request.end(), line.end) != null) {
                    starts.add(at);
                }
            }
            if (starts.isEmpty()) {
                boolean underPartyHeading = !headingLead(line).isEmpty() && Character.isUpperCase(content.charAt(0));
                return underPartyHeading ? List.of(propose(line, line.start, line.end, fallbackLead, 0.5)) : List.of();
            }
            var found = new ArrayList<TaskProposal>();
            var list = new ArrayList<>(starts);
            for (int i = 0; i < list.size(); i++) {
                int end = i + 1 < list.size() ? list.get(i + 1) : line.end;
                while (end > list.get(i) && t.charAt(end - 1) == ' ') {
                    end--;
                }
                found.add(propose(line, list.get(i), end, fallbackLead, 0.5));
            }
            return found;
        }

        private boolean isPartyOnly(Line line) {
            Parties.Phrase phrase = parties.at(line.start, line.end);
            return phrase != null && !phrase.byVerb() && source.text().substring(phrase.end(), line.end)
                    .replaceAll("[\\s:.;,]", "").isEmpty();
        }

        /**
         * The parties of the paragraph that introduces the item's list, ending in ":": the ones it asks
         * ("… yêu cầu Chính phủ … sau:") or the one it starts with ("Giám đốc Sở … có trách nhiệm:").
         */
        private List<Party> leadIn(Line line) {
            List<Line> lines = outline.lines;
            int first = line.index;
            if (line.parent != null) {
                for (Line sibling : line.parent.children) {
                    if (sibling.marker == line.marker) {
                        first = sibling.index;
                        break;
                    }
                }
            } else {
                for (int k = line.index - 1; k >= bodyStart; k--) {
                    Line top = root(lines.get(k));
                    if (!top.isItem() || top.marker != line.marker) {
                        break;
                    }
                    first = top.index;
                }
            }
            int intro = first - 1;
            if (intro < bodyStart || lines.get(intro).isItem() || !text(lines.get(intro)).endsWith(":")) {
                // a lead-in holds for the whole list below it, nested lists included; but an item that
                // introduces its own list ("… báo cáo các vấn đề sau:") makes that list its parts, not tasks
                boolean ownList = intro >= bodyStart && lines.get(intro).isItem() && text(lines.get(intro)).endsWith(":");
                return !ownList && line.parent != null && line.parent.index >= bodyStart ? leadIn(line.parent) : List.of();
            }
            Line p = lines.get(intro);
            Matcher m = REQUEST.matcher(source.folded()).region(p.start, p.end);
            while (m.find()) {
                Parties.Phrase asked = parties.at(m.end(), p.end);
                if (asked != null) {
                    return asked.parties();
                }
            }
            Parties.Phrase own = parties.at(p.start, p.end);
            if (own != null && own.byVerb()) {
                return own.parties();
            }
            // "Để thực hiện …, các bộ, cơ quan ngang bộ … cần triển khai các nhiệm vụ sau đây:": the subject after an
            // opening phrase
            if (!OPENING_PHRASE.matcher(folded(p)).lookingAt()) {
                return List.of();
            }
            String t = source.text();
            for (int c = t.indexOf(", ", p.start); c >= 0 && c < p.end; c = t.indexOf(", ", c + 2)) {
                Parties.Phrase subject = parties.at(c + 2, p.end);
                if (subject != null && subject.byVerb() && subject.start() == c + 2) {
                    return subject.parties();
                }
            }
            return List.of();
        }

        private static Line root(Line line) {
            Line top = line;
            while (top.parent != null) {
                top = top.parent;
            }
            return top;
        }

        /** The parties of the nearest heading item above that names one (with its coordination). */
        private List<Party> headingLead(Line line) {
            for (Line h = line.parent; h != null && h.index >= bodyStart; h = h.parent) {
                Parties.Phrase phrase = parties.at(h.start, h.end);
                if (phrase != null) {
                    return phrase.parties();
                }
            }
            return List.of();
        }

        private List<Party> headingCoordination(Line line) {
            for (Line h = line.parent; h != null && h.index >= bodyStart; h = h.parent) {
                if (parties.at(h.start, h.end) != null) {
                    return parties.coordinating(h.start, h.end);
                }
            }
            return List.of();
        }

        /** An item runs over the paragraphs after it up to the next item, unless one of them starts something else. */
        private int runEnd(Line line) {
            int end = line.end;
            if (!line.isItem()) {
                return end;
            }
            List<Line> lines = outline.lines;
            int i = line.index + 1;
            int candidate = end;
            while (i < bodyEnd && !lines.get(i).isItem()) {
                Line p = lines.get(i);
                String content = text(p);
                Parties.Phrase party = parties.at(p.start, p.end);
                if (content.endsWith(":") || content.endsWith("./.") || isCapitals(content) || party != null
                        || NOT_CONTINUATION.matcher(folded(p)).find() || FOCAL_POINT.matcher(folded(p)).find()) {
                    return end;
                }
                candidate = p.end;
                i++;
            }
            // the last item's trailing paragraphs are the document's closing, not the item
            return i < bodyEnd ? candidate : end;
        }

        private TaskProposal propose(Line line, List<Party> fallbackLead, double base) {
            return propose(line, line.start, runEnd(line), fallbackLead, base);
        }

        private TaskProposal propose(Line line, int start, int end, List<Party> fallbackLead, double base) {
            while (end > start && ";.,:".indexOf(source.text().charAt(end - 1)) >= 0) {
                end--;
            }
            double confidence = base;
            List<Party> lead = List.of();
            List<Party> coordinating = List.of();
            Attributes attributes = attributes(line, start, end);
            if (!attributes.lead.isEmpty()) {
                lead = attributes.lead;
                confidence += 0.2;
            }
            Parties.Phrase own = parties.at(start, end);
            if (own == null) {
                Matcher then = THEN.matcher(source.folded()).region(start, Math.min(end, start + 300));
                if (then.find()) {
                    Parties.Phrase after = parties.at(then.end(), end);
                    own = after != null && after.byVerb() ? after : null;
                }
            }
            if (lead.isEmpty() && own != null && own.byVerb()) {
                lead = own.parties();
                // "Bộ … đề nghị các đơn vị …": the parties asked lead, not the one asking
                Matcher asks = REQUEST.matcher(source.folded()).region(own.end(), end);
                if (asks.lookingAt()) {
                    Parties.Phrase asked = parties.at(asks.end(), end);
                    lead = asked != null ? asked.parties() : lead;
                }
                confidence += 0.2;
            }
            SectionFacts section = sectionFacts(line);
            if (lead.isEmpty() && section != null && !section.lead().isEmpty()) {
                lead = section.lead();
                coordinating = section.coordinating();
                confidence += 0.15;
            }
            if (lead.isEmpty()) {
                lead = headingLead(line);
                coordinating = headingCoordination(line);
                confidence += lead.isEmpty() ? 0 : 0.15;
            }
            if (lead.isEmpty() && line.isItem()) {
                lead = leadIn(line);
                confidence += lead.isEmpty() ? 0 : 0.1;
            }
            if (lead.isEmpty()) {
                lead = fallbackLead;
                confidence += lead.isEmpty() ? -0.1 : 0.05;
            }
            if (!attributes.coordinating.isEmpty()) {
                coordinating = attributes.coordinating;
            } else {
                List<Party> inText = parties.coordinating(start, end);
                if (!inText.isEmpty()) {
                    coordinating = inText;
                }
            }
            if (coordinating.isEmpty()) {
                coordinating = focalPoints(line);
            }
            if (lead.stream().allMatch(Party::matched) && !lead.isEmpty()) {
                confidence += 0.05;
            }
            Deadline deadline = attributes.deadline != null ? attributes.deadline : deadline(start, end);
            // a section's own time statement ("Thời gian thực hiện: Tháng 12/2013") is more binding than words in the item
            if (attributes.deadline == null && section != null && section.deadline() != null
                    && (deadline.kind() == null || section.deadline().date() != null
                            && section.deadline().kind() != DeadlineKind.RECURRING)) {
                deadline = section.deadline();
            }
            if (deadline.kind() != null && deadline.date() != null) {
                confidence += 0.05;
            }
            return new TaskProposal(clean(source.text().substring(start, end)), span(start, end), lead, coordinating,
                    deadline, attributes.product, Math.min(0.95, Math.round(confidence * 100) / 100.0));
        }

        TaskProposal fromRow(TableReader.Row row) {
            List<Party> lead = parties.list(row.lead().start(), row.lead().end());
            List<Party> coordinating = row.coordinating().isEmpty() ? List.of()
                    : parties.list(row.coordinating().start(), row.coordinating().end());
            Deadline deadline = Deadline.NONE;
            if (!row.deadline().isEmpty()) {
                deadline = parse(row.deadline().start(), row.deadline().end(), true);
            }
            if (deadline.kind() == null) {
                deadline = deadline(row.task().start(), row.task().end());
            }
            String product = row.product().isEmpty() ? null
                    : clean(source.text().substring(row.product().start(), row.product().end()));
            int start = row.task().start();
            int end = row.task().end();
            return new TaskProposal(clean(source.text().substring(start, end)), span(start, end), lead, coordinating,
                    deadline, product, 0.85);
        }

        private record Attributes(List<Party> lead, List<Party> coordinating, Deadline deadline, String product) {
        }

        /** "Chủ trì: X", "Phối hợp: Y", "Thời gian: Z", "Sản phẩm: W" — child lines or inline in the item. */
        private Attributes attributes(Line line, int start, int end) {
            List<Party> lead = List.of();
            List<Party> coordinating = List.of();
            Deadline deadline = null;
            String product = null;
            var stretches = new ArrayList<int[]>();
            List<Line> lines = outline.lines;
            for (int i = line.index + 1; i < lines.size(); i++) {
                Line next = lines.get(i);
                if (!isAttribute(next)) {
                    break;
                }
                stretches.add(new int[] { next.start, next.end });
            }
            Matcher inline = INLINE_ATTRIBUTE.matcher(source.folded()).region(start, end);
            while (inline.find()) {
                stretches.add(new int[] { inline.start(), valueEnd(inline.end(), end) });
            }
            for (int[] s : stretches) {
                Matcher m = ATTRIBUTE.matcher(source.folded()).region(s[0], s[1]);
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
                    lead = parties.list(from, to);
                } else if (name.equals("phoi hop")) {
                    coordinating = parties.list(from, to);
                } else if (name.startsWith("thoi") || name.startsWith("tien do")) {
                    Deadline d = parse(from, to, true);
                    deadline = d.kind() != null ? d : deadline;
                } else if (name.startsWith("san pham") || name.startsWith("ket qua") || name.startsWith("hinh thuc")) {
                    product = clean(source.text().substring(from, to));
                }
            }
            return new Attributes(lead, coordinating, deadline, product);
        }

        /** Where an inline attribute's value ends: at ";", ")" or the next attribute. */
        private int valueEnd(int from, int limit) {
            String t = source.text();
            for (int i = from; i < limit; i++) {
                if (t.charAt(i) == ';' || t.charAt(i) == ')' || t.charAt(i) == '\n') {
                    return i;
                }
                if (i > from && INLINE_ATTRIBUTE.matcher(source.folded()).region(i, limit).lookingAt()
                        && !Character.isLetterOrDigit(source.folded().charAt(i - 1))) {
                    return i;
                }
            }
            return limit;
        }

        private Deadline deadline(int start, int end) {
            return parse(start, end, false);
        }

        /**
         * The deadline in [start, end). A date, month, quarter or year inside a clause counts only with a
         * deadline word before it ("trước", "trong", "hoàn thành"…): "Chương trình công tác năm 2020"
         * names a programme, not a deadline. In a deadline cell or "Thời gian:" every phrase counts.
         */
        private Deadline parse(int start, int end, boolean cell) {
            String piece = source.text().substring(start, end);
            if (cell && BARE_YEAR.matcher(piece).matches()) {
                // a time column holds "2023" alone: the year, as "năm 2023" would be read
                DeadlinePhrase year = deadlines.parse("năm " + piece.strip(), reference, calendar);
                if (year instanceof DeadlinePhrase.Understood y) {
                    return new Deadline(y.date(), y.kind(), piece.strip(), span(start, end), null);
                }
            }
            // the parser names one phrase; when that one is no deadline here (a bare date in a clause, or
            // "thường xuyên" beside a date in a time statement), the rest of the text is asked again
            Deadline undated = Deadline.NONE;
            char[] rest = piece.toCharArray();
            for (int attempt = 0; attempt < 6; attempt++) {
                if (!(deadlines.parse(new String(rest), reference, calendar) instanceof DeadlinePhrase.Understood u)) {
                    break;
                }
                int s = start + u.span().start();
                int e = start + u.span().end();
                Deadline found = new Deadline(u.date(), u.kind(), source.text().substring(s, e), span(s, e), u.recurrence());
                boolean dated = u.kind() != DeadlineKind.ONGOING && u.kind() != DeadlineKind.RECURRING;
                if (u.kind() == DeadlineKind.RELATIVE) {
                    return found;
                }
                if (!dated) {
                    if (!cell) {
                        return found;
                    }
                    undated = undated.kind() == null ? found : undated;
                } else if (cell || DEADLINE_WORD.matcher(source.folded().substring(Math.max(start, s - 20), Math.min(e, s + 14))).find()) {
                    return found;
                }
                java.util.Arrays.fill(rest, u.span().start(), u.span().end(), ' ');
            }
            return undated;
        }

        private Span span(int start, int end) {
            int s = source.originalStart(start);
            return new Span(s, Math.max(s, source.originalEnd(end)));
        }
    }

    private static boolean isCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Single spaces, no trailing list punctuation. */
    static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip().replaceAll("[\\s;,:]+$", "");
    }
}
