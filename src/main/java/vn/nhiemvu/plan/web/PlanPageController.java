package vn.nhiemvu.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.deadline.DeadlineWording;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.Milestone;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.plan.TaskPlan;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskManagement;

/**
 * The page of a task's plan and progress reports, with a form for each step the user may take. A step
 * done redirects back with a message; a step refused shows the page again with that form as it was
 * typed (every milestone row) and the reasons beside its fields ({@code <form>Errors}).
 */
@Controller
class PlanPageController {

    private static final int EMPTY_ROWS = 3;
    private static final String VIEW = "plans/plan";

    private final Plans plans;
    private final TaskManagement tasks;
    private final DeadlineWording wording;
    private final Clock clock;

    PlanPageController(Plans plans, TaskManagement tasks, DeadlineWording wording, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.wording = wording;
        this.clock = clock;
    }

    @GetMapping("/tasks/{id}/plan")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        var task = tasks.get(user, id, null, null);
        model.addAttribute("task", task);
        TaskPlan plan = plans.plan(user, id);
        model.addAttribute("plan", plan);
        var reports = plans.reports(user, id);
        model.addAttribute("reports", reports);
        var times = new java.util.HashMap<Long, String>();
        reports.forEach(r -> times.put(r.id(), DisplayDates.dateTime(r.createdAt())));
        model.addAttribute("reportTimes", times);
        model.addAttribute("today", LocalDate.now(clock));
        PlanVersion latest = plan.latest();
        // A form refused a moment ago is already in the model, as typed, with its errors; the others start afresh.
        var fresh = new java.util.HashMap<String, Object>(Map.of("newForm",
                form(plan.current() == null ? List.of() : plan.current().milestones(), null),
                "reportForm", new ReportForm(), "milestoneForm", new MilestoneCompletion(), "returnForm", new ReturnForm()));
        if (latest != null) {
            fresh.put("editForm", form(latest.milestones(), latest.version()));
        }
        List.of("editErrors", "newErrors", "reportErrors", "milestoneErrors", "returnErrors", "stepErrors")
                .forEach(errors -> fresh.put(errors, FormErrors.NONE));
        model.mergeAttributes(fresh);
        model.addAttribute("can", plan.allowedActions().stream().map(Enum::name).collect(Collectors.toSet()));
        return VIEW;
    }

    @PostMapping("/tasks/{id}/plan/versions")
    String draft(CurrentUser user, @PathVariable long id, @ModelAttribute("newForm") PlanForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return milestones(user, id, form, binding, "newErrors", model, redirect, Message.of("plans.flash.drafted"),
                () -> plans.draft(user, id, form.drafts()));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}")
    String edit(CurrentUser user, @PathVariable long id, @PathVariable int number,
            @ModelAttribute("editForm") PlanForm form, BindingResult binding, Model model, RedirectAttributes redirect) {
        return milestones(user, id, form, binding, "editErrors", model, redirect, Message.of("plans.flash.saved"),
                () -> plans.edit(user, id, number, form.getVersion() == null ? -1 : form.getVersion(), form.drafts()));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}/submission")
    String submit(CurrentUser user, @PathVariable long id, @PathVariable int number,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return act(user, id, model, redirect, "stepErrors", Message.of("plans.flash.submitted"),
                () -> plans.submit(user, id, number, version));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}/approval")
    String approve(CurrentUser user, @PathVariable long id, @PathVariable int number,
            @RequestParam(required = false) Long version, Model model, RedirectAttributes redirect) {
        return act(user, id, model, redirect, "stepErrors", Message.of("plans.flash.approved"),
                () -> plans.approve(user, id, number, version));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}/return")
    String returnPlan(CurrentUser user, @PathVariable long id, @PathVariable int number,
            @ModelAttribute("returnForm") ReturnForm form, Model model, RedirectAttributes redirect) {
        return act(user, id, model, redirect, "returnErrors", Message.of("plans.flash.returned"),
                () -> plans.returnPlan(user, id, number, form.getVersion(), form.getComment()));
    }

    @PostMapping("/tasks/{id}/plan/milestones/{milestoneId}/completion")
    String complete(CurrentUser user, @PathVariable long id, @PathVariable long milestoneId,
            @ModelAttribute("milestoneForm") MilestoneCompletion form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.setMilestoneId(milestoneId);
        if (binding.hasErrors()) {
            model.addAttribute("milestoneErrors", FormErrors.of(binding));
            return page(user, id, model);
        }
        return act(user, id, model, redirect, "milestoneErrors", Message.of("plans.flash.milestone"),
                () -> plans.completeMilestone(user, id, milestoneId, form.getCompletedOn()));
    }

    @PostMapping("/tasks/{id}/progress-reports")
    String report(CurrentUser user, @PathVariable long id, @ModelAttribute("reportForm") ReportForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            model.addAttribute("reportErrors", FormErrors.of(binding));
            return page(user, id, model);
        }
        return act(user, id, model, redirect, "reportErrors", Message.of("plans.flash.reported"),
                () -> plans.report(user, id, new ProgressReportDraft(percent(form.getPercent()), form.getDone(),
                        form.getObstacles(), form.getNextSteps(), form.getMilestoneId())));
    }

    /** A draft or an edit: the dates read, each row's wording checked against its date, then the plan's rules. */
    private String milestones(CurrentUser user, long id, PlanForm form, BindingResult binding, String errors,
            Model model, RedirectAttributes redirect, Message done, Supplier<Object> action) {
        if (binding.hasErrors()) {
            model.addAttribute(errors, FormErrors.of(binding));
            return page(user, id, model);
        }
        var refused = new InvalidInputException.Collector();
        LocalDate today = LocalDate.now(clock);
        for (int row = 0; row < form.getMilestones().size(); row++) {
            PlanForm.Row r = form.getMilestones().get(row);
            if (r != null) {
                String field = "milestones[" + row + "].dueDate";
                wording.read(r.getDueText(), r.getDueDate(), today).refusal()
                        .ifPresent(message -> refused.add(field, message));
            }
        }
        try {
            refused.throwIfAny();
        } catch (InvalidInputException e) {
            model.addAttribute(errors, FormErrors.of(e));
            return page(user, id, model);
        }
        try {
            action.get();
        } catch (InvalidInputException e) {
            // The plan counts only the rows filled in; the page shows each message beside its own row.
            model.addAttribute(errors, FormErrors.ofRows(e, "milestones", form::rowOf, null));
            return page(user, id, model);
        } catch (ConflictException | ForbiddenException e) {
            model.addAttribute(errors, FormErrors.of(e));
            return page(user, id, model);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/tasks/" + id + "/plan";
    }

    private String act(CurrentUser user, long id, Model model, RedirectAttributes redirect, String errors,
            Message done, Supplier<Object> action) {
        try {
            action.get();
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            model.addAttribute(errors, FormErrors.of(e));
            return page(user, id, model);
        }
        redirect.addFlashAttribute("flash", done);
        return "redirect:/tasks/" + id + "/plan";
    }

    private static Integer percent(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("percent", Message.of("invalid.plan.percent.invalid"));
        }
    }

    private static PlanForm form(List<Milestone> milestones, Long version) {
        var form = new PlanForm();
        var rows = new ArrayList<PlanForm.Row>();
        milestones.forEach(m -> rows.add(new PlanForm.Row(m.title(), m.dueDate(), m.expectedProduct())));
        for (int i = 0; i < EMPTY_ROWS; i++) {
            rows.add(new PlanForm.Row());
        }
        form.setMilestones(rows);
        form.setVersion(version);
        return form;
    }

    /** The date a milestone of the approved plan was done; which milestone comes from the address. */
    public static class MilestoneCompletion {

        private Long milestoneId;
        private LocalDate completedOn;

        public Long getMilestoneId() { return milestoneId; }
        public void setMilestoneId(Long milestoneId) { this.milestoneId = milestoneId; }
        public LocalDate getCompletedOn() { return completedOn; }
        public void setCompletedOn(LocalDate completedOn) { this.completedOn = completedOn; }
    }

    /** The leader's comment when returning a plan. */
    public static class ReturnForm {

        private Long version;
        private String comment;

        public Long getVersion() { return version; }
        public void setVersion(Long version) { this.version = version; }
        public String getComment() { return comment; }
        public void setComment(String comment) { this.comment = comment; }
    }
}
