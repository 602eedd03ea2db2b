package vn.nhiemvu.task.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.officialdocument.OfficialDocument;
import vn.nhiemvu.officialdocument.OfficialDocumentRenderer;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;

/**
 * One task's record to print or keep: a page (the browser prints it) and the same body as a PDF through the
 * official-document renderer the periodic reports use — a "PHIẾU THEO DÕI NHIỆM VỤ" without signature.
 */
@Controller
class TaskPrintController {

    private static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    private final TaskRecord records;
    private final Organization organization;
    private final ITemplateEngine templates;
    private final OfficialDocumentRenderer renderer;

    TaskPrintController(TaskRecord records, Organization organization, ITemplateEngine templates,
            OfficialDocumentRenderer renderer) {
        this.records = records;
        this.organization = organization;
        this.templates = templates;
        this.renderer = renderer;
    }

    @GetMapping("/tasks/{id}/print")
    String page(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        model.addAttribute("record", records.of(user, id, asOf, policy));
        var pdf = UriComponentsBuilder.fromPath("/tasks/{id}/print.pdf");
        if (asOf != null) {
            pdf.queryParam("asOf", asOf);
        }
        if (policy != null) {
            pdf.queryParam("policy", policy);
        }
        model.addAttribute("pdfHref", pdf.buildAndExpand(id).toUriString());
        model.addAttribute("agencyName", agencyName(user));
        return "tasks/print";
    }

    @GetMapping("/tasks/{id}/print.pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        TaskRecord.Printed record = records.of(user, id, asOf, policy);
        var context = new Context(VIETNAMESE);
        context.setVariable("record", record);
        String body = templates.process("tasks/print-body", context);
        var document = new OfficialDocument(null, agencyName(user), "NV-" + id, "Hà Nội", record.printedOn(),
                "PHIẾU THEO DÕI NHIỆM VỤ", record.task().title(), List.of(), body, List.of(), null, null, false);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("phieu-theo-doi-nhiem-vu-" + id + ".pdf", StandardCharsets.UTF_8).build().toString())
                .body(renderer.renderPdf(document));
    }

    private String agencyName(CurrentUser user) {
        return organization.agency(user.agencyId()).map(Agency::name).orElse("").toUpperCase(VIETNAMESE);
    }
}
