package vn.nhiemvu.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.extraction.Extraction.DocumentInfo;
import vn.nhiemvu.extraction.Extraction.Party;
import vn.nhiemvu.extraction.Extraction.TaskProposal;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * Reads a Vietnamese directive and proposes its tasks, by rules (ADR 0006, 0012, 0036). A task is an
 * item of a list (1., a), -, +) or a row of a Kế hoạch's table, or a paragraph that starts with a party
 * and a predicate ("Các đơn vị chủ động phối hợp…"), inside the body of the document (after the header,
 * before "Nơi nhận" and the signature), outside sections about purpose, principles or the situation
 * (Mục tiêu, Mục đích, Nguyên tắc, Quan điểm, Tình hình…). The readers: {@link MetadataReader} for the
 * header and signature, {@link TableLines} for tables, {@link TaskReader} for items and prose, with
 * {@link Leads}, {@link Sections}, {@link ItemAttributes} and {@link DeadlineReader}.
 *
 * <p>Plain Java, immutable and thread-safe.
 */
public final class DirectiveExtractor {

    /** The line under an attachment's title: "(Ban hành kèm theo Quyết định số …)", "(Kèm theo Nghị quyết …)". */
    private static final Pattern ATTACHMENT = Pattern.compile("\\(\\s*(?:ban hanh )?kem theo (?:quyet dinh|nghi quyet|chi thi"
            + "|cong van|thong bao|ke hoach|van ban)");

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
        LocalDate from = document.issuedOn() != null ? document.issuedOn() : reference;
        var reader = new TaskReader(new Body(source, outline, parties, bodyStart, bodyEnd), deadlines, calendar, from);
        List<Party> fallbackLead = document.kind() == DirectiveKind.CONG_VAN && !document.addressees().isEmpty()
                ? document.addressees().stream().filter(p -> !PartyDirectory.key(p.text()).startsWith("nhu tren")).toList()
                : reader.leads().requested(bodyStart, bodyEnd);
        var proposals = new ArrayList<TaskProposal>();
        int tablesFrom = bodyStart < lines.size() ? lines.get(bodyStart).markerStart : source.text().length();
        TableLines tables = TableLines.of(source, outline, parties, tablesFrom);
        for (TableReader.Table table : tables.tables()) {
            for (TableReader.Row row : table.rows()) {
                proposals.add(reader.fromRow(row));
            }
        }
        read(reader, lines, bodyStart, bodyEnd, metadata, tables, fallbackLead, proposals);
        // a plan or programme the document issues "kèm theo" follows its signature: its body is read as well
        for (int a = attachment(source, lines, bodyEnd); a >= 0; a = attachment(source, lines, a + 1)) {
            int end = a + 1;
            while (end < lines.size() && !MetadataReader.END_OF_BODY.matcher(
                    source.text().substring(lines.get(end).markerStart, lines.get(end).end)).find()) {
                end++;
            }
            var attached = new TaskReader(new Body(source, outline, parties, a + 1, end), deadlines, calendar, from);
            read(attached, lines, a + 1, end, metadata, tables, attached.leads().requested(a + 1, end), proposals);
            a = end - 1;
        }
        proposals.sort(Comparator.comparingInt(p -> p.span().start()));
        FollowUp.of(document, proposals).ifPresent(proposals::add);
        return new Extraction(text, document, List.copyOf(proposals));
    }

    /** The task proposals of the lines [from, to) that are neither header, table nor excluded. */
    private static void read(TaskReader reader, List<Line> lines, int from, int to, MetadataReader metadata, TableLines tables,
            List<Party> fallbackLead, List<TaskProposal> proposals) {
        for (int i = from; i < to; i++) {
            Line line = lines.get(i);
            if (metadata.used.contains(i) || tables.covers(line) || reader.skipped(line)) {
                continue;
            }
            List<TaskProposal> found = line.isItem() ? Collections.singletonList(reader.fromItem(line, fallbackLead))
                    : reader.fromParagraph(line, fallbackLead);
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
}
