package vn.nhiemvu.task.web;

import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.task.CompletionPolicy;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.TaskKind;

/** The completion rule as configured, stated for people (/completion-rules) and scripts (ADR 0025). */
@Controller
@Tag(name = "Nhiệm vụ")
class CompletionRulesController {

    private final CompletionPolicy policy;

    CompletionRulesController(CompletionPolicy policy) {
        this.policy = policy;
    }

    /** What the rule says: the steps of each kind, the date rules, how far back units and leaders may date. */
    record Rules(List<KindRule> kinds, List<DateRuleView> dateRules, int maxWorkingDaysInPast) {
    }

    record KindRule(TaskKind kind, String label, List<StepView> steps, boolean completesBySubmission) {
    }

    record StepView(CompletionStep step, String label, String howTo) {
    }

    record DateRuleView(CompletionPolicy.DateRule rule, String label, boolean forEveryone) {
    }

    @GetMapping("/completion-rules")
    String page(Model model) {
        model.addAttribute("rules", rules());
        return "tasks/completion-rules";
    }

    @GetMapping("/api/v1/completion-rules")
    @ResponseBody
    @Operation(summary = "Quy tắc hoàn thành: các bước mỗi loại nhiệm vụ cần, các quy tắc về ngày, ai được ghi nhận ngoài quy tắc")
    Rules api() {
        return rules();
    }

    private Rules rules() {
        return new Rules(Arrays.stream(TaskKind.values())
                .map(kind -> new KindRule(kind, kind.label(), policy.required(kind).stream()
                        .map(step -> new StepView(step, step.label(), step.howTo())).toList(),
                        policy.completesBySubmission(kind)))
                .toList(),
                Arrays.stream(CompletionPolicy.DateRule.values())
                        .map(rule -> new DateRuleView(rule, policy.name(rule), rule.forEveryone())).toList(),
                policy.maxWorkingDaysInPast());
    }
}
