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
 * The round's aggregation as a Nghị định 30 report, "Báo cáo tổng hợp đề xuất" (ADR 0045): issued by the organiser
 * unit under its agency, landscape for the wide table, a draft without number or signer's name for the organiser to
 * complete; its body a template, so every cell is escaped text.
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

    byte[] aggregationReport(Aggregation aggregation) {
        ProposalRound round = aggregation.round();
        var context = new Context(VI);
        context.setVariable("a", aggregation);
        context.setVariable("asOf", LocalDate.now(clock));
        String body = templates.process("rounds/report-body", context);
        String unit = organization.unit(round.agencyId(), round.organiserUnitId()).map(u -> u.name().toUpperCase(VI))
                .orElse("");
        String agency = organization.agency(round.agencyId()).map(a -> a.name().toUpperCase(VI)).orElse(null);
        return renderer.renderPdf(new OfficialDocument(agency, unit, null, settings.pdfPlace(), LocalDate.now(clock),
                Message.of("round.report.kind").vietnamese(), Message.of("round.report.subject", round.title())
                        .vietnamese(), List.of(), body,
                List.of(Message.of("round.report.recipient.leaders").vietnamese(),
                        Message.of("round.report.recipient.archive").vietnamese()),
                settings.pdfSigningCapacity(), null, true));
    }
}
