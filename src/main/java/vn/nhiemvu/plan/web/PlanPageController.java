package vn.nhiemvu.plan.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;

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

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.Milestone;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.plan.TaskPlan;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.task.TaskManagement;

/** The page of a task's plan and progress reports, with a form for each step the user may take. */
@Controller
class PlanPageController {

    private static final int EMPTY_ROWS = 3;

    private final Plans plans;
    private final TaskManagement tasks;
    private final Clock clock;

    PlanPageController(Plans plans, TaskManagement tasks, Clock clock) {
        this.plans = plans;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/tasks/{id}/plan")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("task", tasks.get(user, id, null, null));
        TaskPlan plan = plans.plan(user, id);
        model.addAttribute("plan", plan);
        var reports = plans.reports(user, id);
        model.addAttribute("reports", reports);
        var times = new java.util.HashMap<Long, String>();
        reports.forEach(r -> times.put(r.id(), DisplayDates.dateTime(r.createdAt())));
        model.addAttribute("reportTimes", times);
        model.addAttribute("today", LocalDate.now(clock));
        PlanVersion latest = plan.latest();
        model.addAttribute("editForm", latest == null ? null : form(latest.milestones(), latest.version()));
        model.addAttribute("newForm", form(plan.current() == null ? List.of() : plan.current().milestones(), null));
        model.addAttribute("can", plan.allowedActions().stream().map(Enum::name).collect(Collectors.toSet()));
        return "plans/plan";
    }

    @PostMapping("/tasks/{id}/plan/versions")
    String draft(CurrentUser user, @PathVariable long id, @ModelAttribute PlanForm form, BindingResult binding,
            RedirectAttributes redirect) {
        return act(id, redirect, binding, "Đã lập dự thảo kế hoạch.", () -> plans.draft(user, id, form.drafts()));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}")
    String edit(CurrentUser user, @PathVariable long id, @PathVariable int number, @ModelAttribute PlanForm form,
            BindingResult binding, RedirectAttributes redirect) {
        return act(id, redirect, binding, "Đã lưu dự thảo.", () -> plans.edit(user, id, number,
                form.getVersion() == null ? -1 : form.getVersion(), form.drafts()));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}/submission")
    String submit(CurrentUser user, @PathVariable long id, @PathVariable int number,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, null, "Đã trình Lãnh đạo Bộ phê duyệt.",
                () -> plans.submit(user, id, number, version));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}/approval")
    String approve(CurrentUser user, @PathVariable long id, @PathVariable int number,
            @RequestParam(required = false) Long version, RedirectAttributes redirect) {
        return act(id, redirect, null, "Đã phê duyệt kế hoạch.", () -> plans.approve(user, id, number, version));
    }

    @PostMapping("/tasks/{id}/plan/versions/{number}/return")
    String returnPlan(CurrentUser user, @PathVariable long id, @PathVariable int number,
            @RequestParam(required = false) Long version, @RequestParam(required = false) String comment,
            RedirectAttributes redirect) {
        return act(id, redirect, null, "Đã trả lại kế hoạch kèm ý kiến.",
                () -> plans.returnPlan(user, id, number, version, comment));
    }

    @PostMapping("/tasks/{id}/plan/milestones/{milestoneId}/completion")
    String complete(CurrentUser user, @PathVariable long id, @PathVariable long milestoneId,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate completedOn,
            RedirectAttributes redirect) {
        return act(id, redirect, null, "Đã ghi nhận hoàn thành mốc.",
                () -> plans.completeMilestone(user, id, milestoneId, completedOn));
    }

    @PostMapping("/tasks/{id}/progress-reports")
    String report(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String percent,
            @RequestParam(required = false) String done, @RequestParam(required = false) String obstacles,
            @RequestParam(required = false) String nextSteps, @RequestParam(required = false) String milestoneId,
            RedirectAttributes redirect) {
        return act(id, redirect, null, "Đã gửi báo cáo tiến độ.", () -> plans.report(user, id,
                new ProgressReportDraft(number(percent, "percent", "Tỷ lệ hoàn thành"), done, obstacles, nextSteps,
                        milestoneId == null || milestoneId.isBlank() ? null
                                : number(milestoneId, "milestoneId", "Mốc").longValue())));
    }

    private static Integer number(String value, String field, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, label + ": cần một số nguyên.");
        }
    }

    private static String act(long id, RedirectAttributes redirect, BindingResult binding, String done,
            Supplier<Object> action) {
        if (binding != null && binding.hasErrors()) {
            redirect.addFlashAttribute("flashError", "Có ngày không hợp lệ; hãy nhập ngày theo lịch.");
            return "redirect:/tasks/" + id + "/plan";
        }
        try {
            action.get();
            redirect.addFlashAttribute("flash", done);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.errors().stream().map(InvalidInputException.FieldError::message)
                    .collect(Collectors.joining(" ")));
        } catch (ConflictException | ForbiddenException e) {
            redirect.addFlashAttribute("flashError", e.getMessage());
        }
        return "redirect:/tasks/" + id + "/plan";
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
}
