package vn.nhiemvu.extraction.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.extraction.Extraction;
import vn.nhiemvu.extraction.internal.ExtractionService;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The review screen: paste or upload a directive, see its text with each proposal highlighted next
 * to the proposals, correct or drop them, and create the directive with the kept tasks in one step.
 */
@Controller
class ExtractionPageController {

    private final ExtractionService service;
    private final Organization organization;

    ExtractionPageController(ExtractionService service, Organization organization) {
        this.service = service;
        this.organization = organization;
    }

    @GetMapping("/extractions/new")
    String start(CurrentUser user, Model model) {
        ExtractionService.checkRole(user);
        return "extractions/new";
    }

    /** The text with the proposals read from it; htmx swaps the review into the page, a plain post gets the page. */
    @PostMapping("/extractions/review")
    String review(CurrentUser user, @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file, Model model) throws IOException {
        ExtractionService.checkRole(user);
        try {
            Extraction extraction = file != null && !file.isEmpty()
                    ? service.extractFile(user, file.getBytes(), file.getOriginalFilename())
                    : service.extractText(user, text);
            return page(user, model, ReviewForm.of(extraction, organization.leaders(user.agencyId())), FormErrors.NONE);
        } catch (InvalidInputException e) {
            model.addAttribute("formError", e.errors().stream().map(InvalidInputException.FieldError::message).toList());
            model.addAttribute("text", text);
            return "extractions/new";
        }
    }

    @PostMapping("/extractions/confirmation")
    String confirm(CurrentUser user, @ModelAttribute("form") ReviewForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        ExtractionService.checkRole(user);
        if (binding.hasErrors()) {
            return page(user, model, form, FormErrors.of(binding));
        }
        if (form.getExistingDirectiveId() == null) {
            // the number is taken: offer to add the tasks to that directive rather than refuse the whole review
            var existing = service.existing(user, form.getNumber());
            if (existing.isPresent()) {
                model.addAttribute("existing", existing.get());
                return page(user, model, form, FormErrors.NONE);
            }
        }
        try {
            ExtractionService.Created created = service.confirm(user, form.toDirective(), form.drafts(),
                    form.getExistingDirectiveId());
            redirect.addFlashAttribute("flash", Message.of(form.getExistingDirectiveId() == null
                    ? "extractions.flash.recorded" : "extractions.flash.added", created.directive().number(),
                    created.tasks().size()));
            return "redirect:/directives/" + created.directive().id();
        } catch (InvalidInputException e) {
            // The service numbers the kept tasks; the page shows each message beside its own row.
            return page(user, model, form, FormErrors.ofRows(e, "tasks", form::rowOf, Message.of("invalid.row.task")));
        }
    }

    private String page(CurrentUser user, Model model, ReviewForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("segments", segments(form));
        model.addAttribute("kinds", DirectiveKind.values());
        model.addAttribute("agencies", organization.agencies());
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("leaders", organization.leaders(user.agencyId()));
        return "extractions/review";
    }

    /** A stretch of the text, highlighted when a proposal comes from it (task = its row, else -1). */
    record Segment(String text, int task) {
    }

    static List<Segment> segments(ReviewForm form) {
        String text = form.getFullText() == null ? "" : form.getFullText();
        var order = new ArrayList<Integer>();
        for (int i = 0; i < form.getTasks().size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt(i -> form.getTasks().get(i).getStart()));
        var segments = new ArrayList<Segment>();
        int at = 0;
        for (int i : order) {
            ReviewForm.Row row = form.getTasks().get(i);
            int s = Math.max(at, Math.min(row.getStart(), text.length()));
            int e = Math.max(s, Math.min(row.getEnd(), text.length()));
            if (s > at) {
                segments.add(new Segment(text.substring(at, s), -1));
            }
            if (e > s) {
                segments.add(new Segment(text.substring(s, e), i));
            }
            at = Math.max(at, e);
        }
        if (at < text.length()) {
            segments.add(new Segment(text.substring(at), -1));
        }
        return segments;
    }
}
