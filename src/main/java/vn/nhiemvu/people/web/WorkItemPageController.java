package vn.nhiemvu.people.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
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

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.people.People;
import vn.nhiemvu.people.TaskWorkItem;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskManagement;

/**
 * The page {@code /tasks/{id}/work-item}: the task as a work item (Nghị định 335) with the forms the reader's part
 * allows ({@link TaskWorkItem#allowed}): performers, weight, quality checks, objective causes. A form that did its
 * work redirects back (so a double click is replayed, ADR 0049); a refused one shows the page again with that form as
 * typed and the reasons beside its fields ({@code <form>Errors}).
 */
@Controller
class WorkItemPageController {

    private final People people;
    private final TaskManagement tasks;
    private final Clock clock;

    WorkItemPageController(People people, TaskManagement tasks, Clock clock) {
        this.people = people;
        this.tasks = tasks;
        this.clock = clock;
    }

    @GetMapping("/tasks/{id}/work-item")
    String page(CurrentUser user, @PathVariable long id, Model model) {
        TaskWorkItem item = people.workItem(user, id);
        model.addAttribute("task", tasks.get(user, id, null, null));
        model.addAttribute("item", item);
        model.addAttribute("can", item.allowed().stream().map(Enum::name).collect(Collectors.toSet()));
        model.addAttribute("current", item.performers().stream().filter(p -> p.until() == null)
                .map(p -> p.username()).collect(Collectors.toSet()));
        model.addAttribute("today", LocalDate.now(clock));
        // A form refused a moment ago is already in the model, as typed, with its errors; the others start afresh.
        var weight = new WeightForm();
        weight.setWeight(item.weight().stripTrailingZeros().toPlainString().replace('.', ','));
        model.mergeAttributes(Map.of("weightForm", weight, "checkForm", new CheckForm(), "causeForm", new CauseForm(),
                "performersErrors", FormErrors.NONE, "weightErrors", FormErrors.NONE, "checkErrors", FormErrors.NONE,
                "causeErrors", FormErrors.NONE));
        return "people/work-item";
    }

    @PostMapping("/tasks/{id}/work-item/performers")
    String performers(CurrentUser user, @PathVariable long id,
            @RequestParam(name = "performers", required = false) List<String> usernames, Model model,
            RedirectAttributes redirect) {
        return act(user, id, model, redirect, "performersErrors", Message.of("people.work-item.flash.performers"),
                () -> people.choosePerformers(user, id, usernames == null ? List.of() : usernames));
    }

    @PostMapping("/tasks/{id}/work-item/weight")
    String weight(CurrentUser user, @PathVariable long id, @ModelAttribute("weightForm") WeightForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return bound(user, id, binding, model, redirect, "weightErrors", Message.of("people.work-item.flash.weight"),
                () -> people.setWeight(user, id, form.weight()));
    }

    @PostMapping("/tasks/{id}/work-item/quality-checks")
    String check(CurrentUser user, @PathVariable long id, @ModelAttribute("checkForm") CheckForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return bound(user, id, binding, model, redirect, "checkErrors", Message.of("people.work-item.flash.check"),
                () -> people.recordCheck(user, id, form.getPerformer(), form.getCheckedOn(), form.isPassed(),
                        form.getNote()));
    }

    @PostMapping("/tasks/{id}/work-item/objective-causes")
    String cause(CurrentUser user, @PathVariable long id, @ModelAttribute("causeForm") CauseForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return bound(user, id, binding, model, redirect, "causeErrors", Message.of("people.work-item.flash.cause"),
                () -> people.recordObjectiveCause(user, id, form.getPerformer(), form.getDecision(),
                        form.getDecidedOn(), form.getCause()));
    }

    /** A form with typed fields: text that is no date or number is refused beside its field before the rules run. */
    private String bound(CurrentUser user, long id, BindingResult binding, Model model, RedirectAttributes redirect,
            String errors, Message done, Supplier<Object> action) {
        if (binding.hasErrors()) {
            model.addAttribute(errors, FormErrors.of(binding));
            return page(user, id, model);
        }
        return act(user, id, model, redirect, errors, done, action);
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
        return "redirect:/tasks/" + id + "/work-item";
    }

    /** The task's weight as a work item, typed with a decimal comma as Vietnamese writes it ("2,5") or a point. */
    public static class WeightForm {

        private String weight;

        public String getWeight() { return weight; }
        public void setWeight(String weight) { this.weight = weight; }

        BigDecimal weight() {
            try {
                return weight == null || weight.isBlank() ? null : new BigDecimal(weight.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                throw InvalidInputException.of("weight", Message.of("invalid.people.weight.range"));
            }
        }
    }

    /** The unit head's check of a performer's work. */
    public static class CheckForm {

        private String performer;
        private LocalDate checkedOn;
        private boolean passed = true;
        private String note;

        public String getPerformer() { return performer; }
        public void setPerformer(String performer) { this.performer = performer; }
        public LocalDate getCheckedOn() { return checkedOn; }
        public void setCheckedOn(LocalDate checkedOn) { this.checkedOn = checkedOn; }
        public boolean isPassed() { return passed; }
        public void setPassed(boolean passed) { this.passed = passed; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    /** An objective cause confirmed by the competent level, with its decision. */
    public static class CauseForm {

        private String performer;
        private String decision;
        private LocalDate decidedOn;
        private String cause;

        public String getPerformer() { return performer; }
        public void setPerformer(String performer) { this.performer = performer; }
        public String getDecision() { return decision; }
        public void setDecision(String decision) { this.decision = decision; }
        public LocalDate getDecidedOn() { return decidedOn; }
        public void setDecidedOn(LocalDate decidedOn) { this.decidedOn = decidedOn; }
        public String getCause() { return cause; }
        public void setCause(String cause) { this.cause = cause; }
    }
}
