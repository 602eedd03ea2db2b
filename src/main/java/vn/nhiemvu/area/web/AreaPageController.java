package vn.nhiemvu.area.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.area.AreaBoard;
import vn.nhiemvu.area.AreaDetail;
import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;

/** The pages {@code /areas} (every area's figures) and {@code /areas/{code}} (one area's board). */
@Controller
class AreaPageController {

    private final ManagementAreas areas;

    AreaPageController(ManagementAreas areas) {
        this.areas = areas;
    }

    @GetMapping("/areas")
    String list(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        model.addAttribute("board", areas.board(user, from, to, asOf, policy));
        common(model, policy);
        return "areas/list";
    }

    @GetMapping("/areas/{code}")
    String detail(CurrentUser user, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        AreaDetail detail = areas.detail(user, code, from, to, asOf, policy);
        model.addAttribute("detail", detail);
        // The period form and the links read the period as the list's board gives it.
        model.addAttribute("board", new AreaBoard(detail.from(), detail.to(), detail.asOf(), List.of(detail.figures())));
        common(model, policy);
        return "areas/detail";
    }

    private static void common(Model model, EvaluationPolicy.Kind policy) {
        model.addAttribute("statuses", TaskStatus.values());
        model.addAttribute("policies", EvaluationPolicy.Kind.values());
        model.addAttribute("policy", policy);
    }
}
