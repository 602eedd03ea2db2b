package vn.nhiemvu.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.dossier.DossierAction;
import vn.nhiemvu.dossier.Dossiers;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The dossier page of a task and the Legal Department's review queue. */
@Controller
class DossierPageController {

    private final Dossiers dossiers;
    private final Clock clock;

    DossierPageController(Dossiers dossiers, Clock clock) {
        this.dossiers = dossiers;
        this.clock = clock;
    }

    @GetMapping("/tasks/{id}/dossier")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        var dossier = dossiers.view(user, id);
        model.addAttribute("dossier", dossier);
        model.addAttribute("roles", FileRole.values());
        model.addAttribute("may", dossier.allowedActions());
        model.addAttribute("actions", DossierAction.values());
        model.addAttribute("today", LocalDate.now(clock));
        // One key per rendered form: a double click or a resent form does not do the step twice.
        model.addAttribute("formKey", UUID.randomUUID().toString());
        // A form refused a moment ago is already in the model, as typed; the others start afresh.
        model.mergeAttributes(Map.of("uploadForm", new UploadForm(), "reviewForm", new ReviewForm(),
                "submissionForm", new SubmissionForm(), "uploadErrors", FormErrors.NONE, "stepErrors", FormErrors.NONE,
                "reviewErrors", FormErrors.NONE, "submissionErrors", FormErrors.NONE));
        return "dossier/page";
    }

    @GetMapping("/tasks/{id}/dossier/files/{fileId}/content")
    ResponseEntity<Resource> content(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return Downloads.of(dossiers.content(user, id, fileId));
    }

    @PostMapping("/tasks/{id}/dossier/files")
    String upload(CurrentUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @ModelAttribute("uploadForm") UploadForm form, @RequestParam(required = false) String idempotencyKey,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "uploadErrors", Message.of("dossier.flash.file-added"), () -> dossiers.addFile(user, id,
                DossierApiController.fileRole(form.getRole(), form.getReplaces()), form.getReplaces(),
                file == null ? null : file.getOriginalFilename(), DossierApiController.stream(file), idempotencyKey));
    }

    @PostMapping("/tasks/{id}/dossier/submission-for-review")
    String submitForReview(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String idempotencyKey,
            Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "stepErrors", Message.of("dossier.flash.sent-for-review"),
                () -> dossiers.submitForReview(user, id, idempotencyKey));
    }

    @PostMapping("/tasks/{id}/dossier/review")
    String review(CurrentUser user, @PathVariable long id, @ModelAttribute("reviewForm") ReviewForm form,
            @RequestParam(required = false) String idempotencyKey, Model model, RedirectAttributes redirect) {
        return step(user, id, model, redirect, "reviewErrors", Message.of("dossier.flash.reviewed"), () -> dossiers.review(
                user, id, DossierApiController.decision(form.getDecision()), form.getComments(), idempotencyKey));
    }

    @PostMapping("/tasks/{id}/dossier/submission")
    String submission(CurrentUser user, @PathVariable long id, @ModelAttribute("submissionForm") SubmissionForm form,
            BindingResult binding, @RequestParam(required = false) String idempotencyKey, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("submissionErrors", FormErrors.of(binding));
            return page(user, id, model);
        }
        return step(user, id, model, redirect, "submissionErrors",
                Message.of("dossier.flash.submitted"), () -> dossiers.recordSubmission(user, id,
                        form.getDocumentNumber(), form.getDocumentDate(), idempotencyKey));
    }

    @GetMapping("/reviews")
    String queue(CurrentUser user, Model model) {
        model.addAttribute("items", dossiers.reviewQueue(user));
        return "dossier/reviews";
    }

    /**
     * Runs a step; done, back to the page with a message; what the user did wrong, the page again with that form
     * as typed (a file is chosen again: browsers never refill a file field) and the reasons beside its fields.
     */
    private String step(CurrentUser user, long id, Model model, RedirectAttributes redirect, String errors,
            Message done, Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute(errors, FormErrors.of(e));
            return page(user, id, model);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/tasks/" + id + "/dossier";
    }

    /** The kind of a file added, or the file it replaces. */
    public static class UploadForm {

        private String role;
        private Long replaces;

        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public Long getReplaces() { return replaces; }
        public void setReplaces(Long replaces) { this.replaces = replaces; }
    }

    /** Vụ Pháp chế's conclusion (from the button pressed) and comments. */
    public static class ReviewForm {

        private String decision;
        private String comments;

        public String getDecision() { return decision; }
        public void setDecision(String decision) { this.decision = decision; }
        public String getComments() { return comments; }
        public void setComments(String comments) { this.comments = comments; }
    }

    /** The document by which the product was submitted (trình). */
    public static class SubmissionForm {

        private String documentNumber;
        private LocalDate documentDate;

        public String getDocumentNumber() { return documentNumber; }
        public void setDocumentNumber(String documentNumber) { this.documentNumber = documentNumber; }
        public LocalDate getDocumentDate() { return documentDate; }
        public void setDocumentDate(LocalDate documentDate) { this.documentDate = documentDate; }
    }
}
