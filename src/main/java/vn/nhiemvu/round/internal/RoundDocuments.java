package vn.nhiemvu.round.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.nhiemvu.officialdocument.OfficialDocument;
import vn.nhiemvu.officialdocument.OfficialDocumentRenderer;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.round.Aggregation;
import vn.nhiemvu.round.ProposalRound;
import vn.nhiemvu.shared.Message;

/**
 * The round's Nghị định 30 documents (ADR 0045): its request letter, and its aggregation as a report, "Báo cáo tổng
 * hợp đề xuất" (landscape for the wide table); issued by the organiser unit under its agency, drafts without number
 * or signer's name for the organiser to complete; their bodies templates, so every cell is escaped text.
 */
@Component
class RoundDocuments {

    private static final Locale VI = Locale.forLanguageTag("vi-VN");

    private final OfficialDocumentRenderer renderer;
    private final ITemplateEngine templates;
    private final Organization organization;
    private final RoundProperties settings;
    private final Clock clock;

    RoundDocuments(OfficialDocumentRenderer renderer, ITemplateEngine templates, Organization organization,
            RoundProperties settings, Clock clock) {
        this.renderer = renderer;
        this.templates = templates;
        this.organization = organization;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The request letter (công văn) as the organiser sends it: to each agency asked, the basis, the instructions,
     * the deadline as worded and its date, and the template's tables and columns; dated the letter's day.
     */
    byte[] requestLetter(ProposalRound round, List<String> addressees) {
        var context = new Context(VI);
        context.setVariable("round", round);
        String body = templates.process("rounds/letter-body", context);
        return renderer.renderPdf(new OfficialDocument(agencyName(round), unitName(round), null, settings.pdfPlace(),
                round.letterDate(), null, round.title(), addressees, body,
                List.of(Message.of("round.letter.recipient.above").vietnamese(),
                        Message.of("round.report.recipient.archive").vietnamese()),
                settings.pdfSigningCapacity(), null, false));
    }

    private String unitName(ProposalRound round) {
        return organization.unit(round.agencyId(), round.organiserUnitId()).map(u -> u.name().toUpperCase(VI))
                .orElse("");
    }

    private String agencyName(ProposalRound round) {
        return organization.agency(round.agencyId()).map(a -> a.name().toUpperCase(VI)).orElse(null);
    }

    byte[] aggregationReport(Aggregation aggregation) {
        ProposalRound round = aggregation.round();
        var context = new Context(VI);
        context.setVariable("a", aggregation);
        context.setVariable("asOf", LocalDate.now(clock));
        String body = templates.process("rounds/report-body", context);
        return renderer.renderPdf(new OfficialDocument(agencyName(round), unitName(round), null, settings.pdfPlace(), LocalDate.now(clock),
                Message.of("round.report.kind").vietnamese(), Message.of("round.report.subject", round.title())
                        .vietnamese(), List.of(), body,
                List.of(Message.of("round.report.recipient.leaders").vietnamese(),
                        Message.of("round.report.recipient.archive").vietnamese()),
                settings.pdfSigningCapacity(), null, true));
    }
}
