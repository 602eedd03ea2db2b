package vn.nhiemvu.dossier.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
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
import vn.nhiemvu.shared.InvalidInputException;

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
        return "dossier/page";
    }

    @GetMapping("/tasks/{id}/dossier/files/{fileId}/content")
    ResponseEntity<Resource> content(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return Downloads.of(dossiers.content(user, id, fileId));
    }

    @PostMapping("/tasks/{id}/dossier/files")
    String upload(CurrentUser user, @PathVariable long id, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String role, @RequestParam(required = false) Long replaces,
            @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect) {
        return step(id, redirect, "Đã thêm tệp vào hồ sơ.", () -> dossiers.addFile(user, id,
                DossierApiController.fileRole(role, replaces), replaces,
                file == null ? null : file.getOriginalFilename(), DossierApiController.stream(file), idempotencyKey));
    }

    @PostMapping("/tasks/{id}/dossier/submission-for-review")
    String submitForReview(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String idempotencyKey,
            RedirectAttributes redirect) {
        return step(id, redirect, "Đã gửi hồ sơ đề nghị Vụ Pháp chế thẩm định.",
                () -> dossiers.submitForReview(user, id, idempotencyKey));
    }

    @PostMapping("/tasks/{id}/dossier/review")
    String review(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String decision,
            @RequestParam(required = false) String comments, @RequestParam(required = false) String idempotencyKey,
            RedirectAttributes redirect) {
        return step(id, redirect, "Đã ghi nhận kết luận thẩm định.", () -> dossiers.review(user, id,
                DossierApiController.decision(decision), comments, idempotencyKey));
    }

    @PostMapping("/tasks/{id}/dossier/submission")
    String submission(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String documentNumber,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate documentDate,
            @RequestParam(required = false) String idempotencyKey, RedirectAttributes redirect) {
        return step(id, redirect, "Đã ghi nhận việc trình; nhiệm vụ được ghi nhận hoàn thành.",
                () -> dossiers.recordSubmission(user, id, documentNumber, documentDate, idempotencyKey));
    }

    @GetMapping("/reviews")
    String queue(CurrentUser user, Model model) {
        model.addAttribute("items", dossiers.reviewQueue(user));
        return "dossier/reviews";
    }

    /** Runs a step; what the user did wrong comes back to the page, a missing task is the 404 page. */
    private static String step(long id, RedirectAttributes redirect, String done, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id + "/dossier";
    }
}
