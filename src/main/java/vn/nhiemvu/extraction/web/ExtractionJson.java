package vn.nhiemvu.extraction.web;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import vn.nhiemvu.deadline.Recurrence;
import vn.nhiemvu.extraction.Extraction;

/** The answer of {@code POST /api/v1/extractions}, in the shape issue 6 gives; empty optional fields are left out. */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ExtractionJson(String text, DocumentJson document, List<TaskJson> tasks) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DocumentJson(String number, String kind, PartyJson issuer, LocalDate issuedOn, String place, String subject,
            String signer, String signingCapacity, List<PartyJson> addressees, List<String> references) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PartyJson(String name, Long unitId) {
    }

    record SpanJson(int start, int end) {
    }

    /** kind NONE: the task states no deadline the parser understood. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record DeadlineJson(LocalDate date, String kind, String text) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record TaskJson(String text, SpanJson span, List<PartyJson> lead, List<PartyJson> coordinating, DeadlineJson deadline,
            Recurrence recurrence, String product, double confidence, boolean inferred) {
    }

    static ExtractionJson of(Extraction e) {
        var d = e.document();
        var document = new DocumentJson(d.number(), d.kind() == null ? null : d.kind().name(), party(d.issuer()),
                d.issuedOn(), d.place(), d.subject(), d.signer(), d.signingCapacity(),
                d.addressees().stream().map(ExtractionJson::party).toList(), d.references());
        var tasks = e.tasks().stream().map(t -> new TaskJson(t.text(), new SpanJson(t.span().start(), t.span().end()),
                t.lead().stream().map(ExtractionJson::party).toList(),
                t.coordinating().stream().map(ExtractionJson::party).toList(),
                new DeadlineJson(t.deadline().date(), t.deadline().kind() == null ? "NONE" : t.deadline().kind().name(),
                        t.deadline().text()),
                t.deadline().recurrence(), t.product(), t.confidence(), t.inferred())).toList();
        return new ExtractionJson(e.text(), document, tasks);
    }

    private static PartyJson party(Extraction.Party p) {
        return p == null ? null : new PartyJson(p.name(), p.unitId());
    }
}
