package vn.nhiemvu.round.web;

import java.io.IOException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.round.LeadAgencyTasks;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The focal person's pages of the tasks their agency leads (ADR 0053): the list, and each task with its progress
 * reports and the forms to report, to send the detailed plan or the result, and to record the completion. A refusal
 * is shown above the forms; nothing is half done, each form being one call.
 */
@Controller
class LeadAgencyTaskPageController {

    private final LeadAgencyTasks work;

    LeadAgencyTaskPageController(LeadAgencyTasks work) {
        this.work = work;
    }

    @GetMapping("/rounds/led-tasks")
    String list(CurrentUser user, Model model) {
        model.addAttribute("tasks", work.tasks(user));
        return "rounds/led-tasks";
    }

    @GetMapping("/rounds/led-tasks/{id}")
    String task(CurrentUser user, @PathVariable long id, Model model) {
        return page(user, id, FormErrors.NONE, model);
    }

    private String page(CurrentUser user, long id, FormErrors errors, Model model) {
        model.addAttribute("task", work.task(user, id));
        model.addAttribute("reports", work.progressReports(user, id));
        model.addAttribute("errors", errors);
        return "rounds/led-task";
    }

    @PostMapping("/rounds/led-tasks/{id}/progress-reports")
    String report(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String percent,
            @RequestParam(required = false) String done, @RequestParam(required = false) String obstacles,
            @RequestParam(required = false) String nextSteps, Model model, RedirectAttributes flash) {
        try {
            work.reportProgress(user, id, new ProgressReportDraft(percent(percent), done, obstacles, nextSteps, null));
        } catch (InvalidInputException e) {
            return page(user, id, FormErrors.of(e), model);
        }
        flash.addFlashAttribute("flash", "round.led-task.reported");
        return "redirect:/rounds/led-tasks/" + id;
    }

    @PostMapping("/rounds/led-tasks/{id}/files")
    String upload(CurrentUser user, @PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @RequestParam(required = false) FileRole role, Model model, RedirectAttributes flash) throws IOException {
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", Message.of("invalid.round.led-task.file.required"));
            }
            work.addFile(user, id, role == FileRole.RESULT ? FileRole.RESULT : FileRole.OTHER,
                    file.getOriginalFilename(), file.getInputStream(), null);
        } catch (InvalidInputException e) {
            return page(user, id, FormErrors.of(e), model);
        }
        flash.addFlashAttribute("flash", "round.led-task.file-added");
        return "redirect:/rounds/led-tasks/" + id;
    }

    @PostMapping("/rounds/led-tasks/{id}/completion")
    String complete(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String completedAt,
            Model model, RedirectAttributes flash) {
        try {
            if (completedAt == null || completedAt.isBlank()) {
                throw InvalidInputException.of("completedAt", Message.of("invalid.task.completed-at.required"));
            }
            work.complete(user, id, Dates.parse(completedAt));
        } catch (InputRules.Refused e) {
            return page(user, id, FormErrors.of(InvalidInputException.of("completedAt", e.words())), model);
        } catch (InvalidInputException | ConflictException e) {
            return page(user, id, FormErrors.of(e), model);
        }
        flash.addFlashAttribute("flash", "round.led-task.completed");
        return "redirect:/rounds/led-tasks/" + id;
    }

    /** The percent typed; -1 when it is not a whole number, which the plan module refuses as out of range. */
    private static Integer percent(String typed) {
        try {
            return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
