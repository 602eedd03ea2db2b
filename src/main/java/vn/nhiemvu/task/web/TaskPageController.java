package vn.nhiemvu.task.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskView;

/** The task pages: detail with history, forms (the list is {@link TaskListController}). */
@Controller
class TaskPageController {

    private final TaskManagement tasks;
    private final Organization organization;
    private final Directives directives;
    private final AuditLog auditLog;
    private final Accounts accounts;
    private final Clock clock;

    TaskPageController(TaskManagement tasks, Organization organization, Directives directives, AuditLog auditLog,
            Accounts accounts, Clock clock) {
        this.accounts = accounts;
        this.tasks = tasks;
        this.organization = organization;
        this.directives = directives;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/tasks/{id}")
    String detail(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        TaskView task = tasks.get(user, id, asOf, policy);
        model.addAttribute("policies", EvaluationPolicy.Kind.values());
        model.addAttribute("decisions", DeadlineChange.Decision.values());
        model.addAttribute("task", task);
        var people = new HashMap<String, String>();
        model.addAttribute("history", HistoryLines.of(auditLog.history("TASK", id), HistoryLines.Names.of(user, organization,
                directives, username -> people.computeIfAbsent(username, accounts::nameOf))));
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("canEdit", user.managesAgency() || user.role() == Role.LEADER);
        model.addAttribute("canBreakDown", user.managesAgency() && task.completedAt() == null);
        model.addAttribute("requests", tasks.guidanceRequests(user, id));
        model.addAttribute("canRequest", user.managesAgency()
                || user.role() == Role.UNIT && task.leadUnit() != null && task.leadUnit().id() == user.unitId());
        model.addAttribute("canDecide", user.role() == Role.LEADER || user.role() == Role.ADMIN);
        model.addAttribute("completion", tasks.completionActions(user, id));
        return "tasks/detail";
    }

    @GetMapping("/tasks/new")
    String createForm(CurrentUser user, @RequestParam(required = false) Long directive,
            @RequestParam(required = false) Long parent, Model model) {
        var form = new TaskForm();
        form.setDirective(directive);
        if (parent != null) {
            // A sub-task starts from its parent: same directive and leader, the parent's deadline at most.
            TaskView from = tasks.get(user, parent, null, null);
            form.setParent(parent);
            form.setDirective(from.directive() == null ? null : from.directive().id());
            form.setSupervisingLeader(from.supervisingLeader() == null ? null : from.supervisingLeader().id());
            form.setDeadline(from.applicableDeadline());
        }
        return form(user, model, form, Map.of(), null);
    }

    @PostMapping("/tasks")
    String create(CurrentUser user, @ModelAttribute("form") TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        var errors = bindingErrors(binding);
        if (!errors.isEmpty()) {
            return form(user, model, form, errors, null);
        }
        try {
            TaskView created = tasks.create(user, form.toDraft());
            redirect.addFlashAttribute("flash", "Đã giao nhiệm vụ \"" + created.title() + "\".");
            return "redirect:/tasks/" + created.id();
        } catch (InvalidInputException e) {
            return form(user, model, form, fieldMessages(e), null);
        }
    }

    @GetMapping("/tasks/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        TaskView task = tasks.get(user, id, null, null);
        return form(user, model, TaskForm.of(task), Map.of(), task);
    }

    @PostMapping("/tasks/{id}")
    String update(CurrentUser user, @PathVariable long id, @ModelAttribute("form") TaskForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        TaskView current = tasks.get(user, id, null, null);
        var errors = bindingErrors(binding);
        if (!errors.isEmpty()) {
            return form(user, model, form, errors, current);
        }
        try {
            tasks.update(user, id, form.getVersion(), form.toDraft());
            redirect.addFlashAttribute("flash", "Đã lưu thay đổi.");
            return "redirect:/tasks/" + id;
        } catch (InvalidInputException e) {
            return form(user, model, form, fieldMessages(e), current);
        } catch (ConflictException e) {
            model.addAttribute("formError", e.getMessage());
            return form(user, model, form, Map.of(), current);
        }
    }

    /** A refused completion comes back to the page with the error next to its field and what was typed kept. */
    @PostMapping("/tasks/{id}/completion")
    String complete(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedAt,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            tasks.complete(user, id, completedAt == null ? LocalDate.now(clock) : completedAt, reason);
            redirect.addFlashAttribute("flash", "Đã ghi nhận hoàn thành.");
            return "redirect:/tasks/" + id;
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("completionErrors", fieldMessages(e));
        } catch (ConflictException e) {
            redirect.addFlashAttribute("completionErrors", Map.of("steps", e.getMessage()));
        }
        var typed = new HashMap<String, Object>();
        typed.put("completedAt", completedAt);
        typed.put("reason", reason);
        redirect.addFlashAttribute("completionTyped", typed);
        return "redirect:/tasks/" + id + "#completion";
    }

    @PostMapping("/tasks/{id}/reopening")
    String reopen(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        try {
            tasks.reopen(user, id);
            redirect.addFlashAttribute("flash", "Đã mở lại nhiệm vụ.");
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/deadline-changes")
    String recordDeadlineChange(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate requestedOn,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedDeadline,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedDeadline,
            @RequestParam(required = false) DeadlineChange.Decision decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
            @RequestParam(required = false) String decidedBy, @RequestParam(required = false) String requestRef,
            @RequestParam(required = false) String reason, RedirectAttributes redirect) {
        try {
            tasks.recordDeadlineChange(user, id, new DeadlineChangeDraft(requestedOn, proposedDeadline,
                    approvedDeadline, decision, decidedOn, decidedBy, requestRef, reason));
            redirect.addFlashAttribute("flash", "Đã ghi nhận quyết định về đề nghị gia hạn.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/guidance-requests")
    String requestGuidance(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) GuidanceRequest.Kind kind, @RequestParam(required = false) String obstacle,
            @RequestParam(required = false) String proposedSolution,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate proposedDeadline,
            RedirectAttributes redirect) {
        try {
            tasks.requestGuidance(user, id, kind, obstacle, proposedSolution, proposedDeadline);
            redirect.addFlashAttribute("flash", "Đã gửi đề nghị tới Lãnh đạo Bộ phụ trách.");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/guidance-requests/{requestId}/decision")
    String decideGuidance(CurrentUser user, @PathVariable long id, @PathVariable long requestId,
            @RequestParam(required = false) GuidanceRequest.Decision decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate approvedDeadline,
            @RequestParam(required = false) String answer, RedirectAttributes redirect) {
        try {
            tasks.decideGuidance(user, id, requestId, decision, approvedDeadline, answer);
            redirect.addFlashAttribute("flash", "Đã ghi nhận ý kiến của Lãnh đạo Bộ.");
        } catch (InvalidInputException | ConflictException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id;
    }

    private String form(CurrentUser user, Model model, TaskForm form, Map<String, String> errors, TaskView task) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("task", task);
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("leaders", organization.leaders(user.agencyId()));
        model.addAttribute("directives", directives.list(user, null));
        return "tasks/form";
    }

    private static Map<String, String> fieldMessages(InvalidInputException e) {
        var messages = new HashMap<String, String>();
        for (var error : e.errors()) {
            // "coordinatingUnits[2]" is shown under the coordinating units field.
            String field = error.field().replaceAll("\\[\\d+]$", "");
            messages.merge(field, error.message(), (a, b) -> a + " " + b);
        }
        return messages;
    }

    private static Map<String, String> bindingErrors(BindingResult binding) {
        var messages = new HashMap<String, String>();
        for (var error : binding.getFieldErrors()) {
            messages.put(error.getField(), switch (error.getField()) {
                case "deadline" -> "Thời hạn phải là một ngày có thật.";
                case "supervisingLeader", "directive" -> "Lựa chọn không hợp lệ.";
                default -> "Giá trị không hợp lệ.";
            });
        }
        return messages;
    }
}
