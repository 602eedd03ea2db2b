package vn.nhiemvu.task.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.beans.factory.ObjectProvider;
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
import vn.nhiemvu.deadline.DeadlineWording;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPageFact;
import vn.nhiemvu.task.TaskPageSource;
import vn.nhiemvu.task.TaskPermissions;
import vn.nhiemvu.task.TaskView;

/** The task pages: detail with history, forms (the list is {@link TaskListController}). */
@Controller
class TaskPageController {

    private final TaskManagement tasks;
    private final Organization organization;
    private final Directives directives;
    private final AuditLog auditLog;
    private final Accounts accounts;
    private final DeadlineWording wording;
    private final Clock clock;
    private final ObjectProvider<TaskPageSource> sources;

    TaskPageController(TaskManagement tasks, Organization organization, Directives directives, AuditLog auditLog,
            Accounts accounts, DeadlineWording wording, Clock clock, ObjectProvider<TaskPageSource> sources) {
        this.sources = sources;
        this.accounts = accounts;
        this.wording = wording;
        this.tasks = tasks;
        this.organization = organization;
        this.directives = directives;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/tasks/{id}")
    String detail(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        TaskView task = tasks.get(user, id, asOf, policy);
        model.addAttribute("policies", EvaluationPolicy.Kind.values());
        model.addAttribute("decisions", DeadlineChange.Decision.values());
        model.addAttribute("task", task);
        var people = new HashMap<String, String>();
        model.addAttribute("history", HistoryLines.of(auditLog.history("TASK", id), HistoryLines.Names.of(user, organization,
                directives, username -> people.computeIfAbsent(username, accounts::nameOf))));
        model.addAttribute("today", LocalDate.now(clock));
        // By name, for the template: the page offers what the task's policy allows, and nothing else.
        model.addAttribute("may", TaskPermissions.allowed(user, task).stream().map(Enum::name)
                .collect(Collectors.toSet()));
        model.addAttribute("requests", tasks.guidanceRequests(user, id));
        model.addAttribute("completion", tasks.completionActions(user, id));
        // What other modules know of the task (its performers), in their order.
        model.addAttribute("facts", sources.orderedStream().flatMap(s -> s.facts(user, id).stream())
                .sorted(java.util.Comparator.comparingInt(TaskPageFact::order)).toList());
        // A form refused a moment ago is already in the model, as typed; the others start afresh.
        var changeForm = new TaskDetailForms.DeadlineChangeRecord();
        if (task.supervisingLeader() != null) {
            changeForm.setDecidedBy(task.supervisingLeader().title() + " " + task.supervisingLeader().fullName());
        }
        model.mergeAttributes(Map.of("completionForm", new TaskDetailForms.Completion(),
                "guidanceForm", new TaskDetailForms.Guidance(), "decisionForm", new TaskDetailForms.Decision(),
                "changeForm", changeForm, "completionErrors", FormErrors.NONE, "guidanceErrors", FormErrors.NONE,
                "decisionErrors", FormErrors.NONE, "changeErrors", FormErrors.NONE));
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
        return form(user, model, form, FormErrors.NONE, null);
    }

    @PostMapping("/tasks")
    String create(CurrentUser user, @ModelAttribute("form") TaskForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(user, model, form, FormErrors.of(binding), null);
        }
        try {
            TaskView created = tasks.create(user, form.toDraft());
            redirect.addFlashAttribute("flash", Message.of("tasks.flash.created", created.title()));
            return "redirect:/tasks/" + created.id();
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            return form(user, model, form, FormErrors.of(e), null);
        }
    }

    @GetMapping("/tasks/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        TaskView task = tasks.get(user, id, null, null);
        return form(user, model, TaskForm.of(task), FormErrors.NONE, task);
    }

    @PostMapping("/tasks/{id}")
    String update(CurrentUser user, @PathVariable long id, @ModelAttribute("form") TaskForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        TaskView current = tasks.get(user, id, null, null);
        if (binding.hasErrors()) {
            return form(user, model, form, FormErrors.of(binding), current);
        }
        try {
            tasks.update(user, id, form.getVersion(), form.toDraft());
            redirect.addFlashAttribute("flash", Message.of("tasks.flash.saved"));
            return "redirect:/tasks/" + id;
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            return form(user, model, form, FormErrors.of(e), current);
        }
    }

    /** A refused completion comes back to the page with the error next to its field and what was typed kept. */
    @PostMapping("/tasks/{id}/completion")
    String complete(CurrentUser user, @PathVariable long id,
            @ModelAttribute("completionForm") TaskDetailForms.Completion form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return step(user, id, binding, "completionErrors", model, redirect, Message.of("tasks.flash.completed"),
                () -> tasks.complete(user, id, form.getCompletedAt() == null ? LocalDate.now(clock) : form.getCompletedAt(),
                        form.getReason()));
    }

    @PostMapping("/tasks/{id}/reopening")
    String reopen(CurrentUser user, @PathVariable long id, Model model, RedirectAttributes redirect) {
        return step(user, id, null, "completionErrors", model, redirect, Message.of("tasks.flash.reopened"),
                () -> tasks.reopen(user, id));
    }

    @PostMapping("/tasks/{id}/deadline-changes")
    String recordDeadlineChange(CurrentUser user, @PathVariable long id,
            @ModelAttribute("changeForm") TaskDetailForms.DeadlineChangeRecord form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return step(user, id, binding, "changeErrors", model, redirect, Message.of("tasks.flash.deadline-change"),
                () -> tasks.recordDeadlineChange(user, id, new DeadlineChangeDraft(form.getRequestedOn(),
                        form.getProposedDeadline(), form.getApprovedDeadline(), form.getDecision(), form.getDecidedOn(),
                        form.getDecidedBy(), form.getRequestRef(), form.getReason())));
    }

    @PostMapping("/tasks/{id}/guidance-requests")
    String requestGuidance(CurrentUser user, @PathVariable long id,
            @ModelAttribute("guidanceForm") TaskDetailForms.Guidance form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return step(user, id, binding, "guidanceErrors", model, redirect, Message.of("tasks.flash.guidance-requested"),
                () -> {
                    wording.read(form.getProposedDeadlineText(), form.getProposedDeadline(), LocalDate.now(clock))
                            .refusal().ifPresent(message -> {
                                throw InvalidInputException.of("proposedDeadline", message);
                            });
                    return tasks.requestGuidance(user, id, form.getKind(), form.getObstacle(),
                            form.getProposedSolution(), form.getProposedDeadline());
                });
    }

    @PostMapping("/tasks/{id}/guidance-requests/{requestId}/decision")
    String decideGuidance(CurrentUser user, @PathVariable long id, @PathVariable long requestId,
            @ModelAttribute("decisionForm") TaskDetailForms.Decision form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.setRequestId(requestId);
        return step(user, id, binding, "decisionErrors", model, redirect, Message.of("tasks.flash.guidance-decided"),
                () -> tasks.decideGuidance(user, id, requestId, form.getDecision(), form.getApprovedDeadline(),
                        form.getAnswer()));
    }

    /**
     * A step taken from the task page: done, back to the page with a message; refused (a date that is no date,
     * a rule, a conflict), the page again with that form as typed and the reasons beside its fields.
     */
    private String step(CurrentUser user, long id, BindingResult binding, String errors, Model model,
            RedirectAttributes redirect, Message done, Supplier<Object> action) {
        try {
            if (binding != null && binding.hasErrors()) {
                model.addAttribute(errors, FormErrors.of(binding));
            } else {
                action.get();
                redirect.addFlashAttribute("flash", done);
                return "redirect:/tasks/" + id;
            }
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute(errors, FormErrors.of(e));
        }
        return detail(user, id, null, null, model);
    }

    private String form(CurrentUser user, Model model, TaskForm form, FormErrors errors, TaskView task) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("task", task);
        model.addAttribute("kinds", TaskKind.values());
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("leaders", organization.leaders(user.agencyId()));
        model.addAttribute("directives", directives.list(user, null));
        return "tasks/form";
    }



}
