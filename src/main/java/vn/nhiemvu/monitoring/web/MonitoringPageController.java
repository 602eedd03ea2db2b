package vn.nhiemvu.monitoring.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.monitoring.Monitoring;
import vn.nhiemvu.monitoring.MonitoringPermissions;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.UrgingLetter;
import vn.nhiemvu.monitoring.UrgingLetters;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** Pages: the notices sent and the rules (/monitoring), the urging letters (/monitoring/urging), previewed before they go. */
@Controller
class MonitoringPageController {

    private final Monitoring monitoring;
    private final UrgingLetters urging;
    private final Organization organization;
    private final Evaluations evaluations;

    MonitoringPageController(Monitoring monitoring, UrgingLetters urging, Organization organization,
            Evaluations evaluations) {
        this.monitoring = monitoring;
        this.urging = urging;
        this.organization = organization;
        this.evaluations = evaluations;
    }

    @GetMapping("/monitoring")
    String notices(CurrentUser user, @RequestParam(required = false) Long taskId, Model model) {
        model.addAttribute("notices", monitoring.notices(user, taskId, 200));
        MonitoringRules rules = monitoring.rules(user.agencyId());
        model.addAttribute("customRules", rules.custom());
        model.addAttribute("dueSoonWorkingDays", evaluations.policy(user.agencyId()).dueSoonWorkingDays());
        if (!model.containsAttribute("rules")) {
            model.addAttribute("rules", RulesForm.of(rules));
            model.addAttribute("errors", FormErrors.NONE);
        }
        model.addAttribute("taskId", taskId);
        model.addAttribute("canEditRules",
                MonitoringPermissions.POLICY.allowsAny(user, MonitoringPermissions.Action.EDIT_RULES));
        return "monitoring/notices";
    }

    @PostMapping("/monitoring/rules")
    String rules(CurrentUser user, @ModelAttribute("rules") RulesForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            if (binding.hasErrors()) {
                model.addAttribute("errors", FormErrors.of(binding));
                return notices(user, null, model);
            }
            monitoring.updateRules(user, form.toRules());
        } catch (InvalidInputException | ForbiddenException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return notices(user, null, model);
        }
        redirect.addFlashAttribute("flash", Message.of("notices.flash.rules-saved"));
        return "redirect:/monitoring";
    }

    @GetMapping("/monitoring/urging")
    String urging(CurrentUser user, Model model) {
        model.addAttribute("letters", urging.list(user, null));
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("canUrge", MonitoringPermissions.POLICY.allowsAny(user, MonitoringPermissions.Action.URGE));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "monitoring/urging";
    }

    /** The letters as they will go, before the Office issues them. */
    @GetMapping("/monitoring/urging/preview")
    String preview(CurrentUser user, @RequestParam(required = false) Long unitId, Model model) {
        try {
            model.addAttribute("preview", urging.preview(user, unitId));
        } catch (InvalidInputException e) {
            // Nothing to preview: the form again, the unit still chosen.
            model.addAttribute("flashError", e.words());
            model.addAttribute("unitId", unitId);
            return urging(user, model);
        }
        model.addAttribute("unitId", unitId);
        return "monitoring/urging-preview";
    }

    @GetMapping("/monitoring/urging/preview.pdf")
    ResponseEntity<byte[]> previewPdf(CurrentUser user, @RequestParam long unitId) {
        return MonitoringApiController.pdfResponse("du-thao-phieu-don-doc.pdf", urging.previewPdf(user, unitId));
    }

    /** Issues what the preview showed; if the tasks changed meanwhile, the preview again with the reason. */
    @PostMapping("/monitoring/urging")
    String issue(CurrentUser user, @RequestParam(required = false) Long unitId,
            @RequestParam(required = false) String previewed, RedirectAttributes redirect) {
        try {
            var issued = urging.issue(user, unitId, previewed);
            redirect.addFlashAttribute("flash", issued.isEmpty() ? Message.of("urging.flash.none")
                    : Message.of("urging.flash.sent", issued.size(),
                            String.join(", ", issued.stream().map(UrgingLetter::number).toList())));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.words());
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.words());
            if (unitId != null) {
                redirect.addAttribute("unitId", unitId);
            }
            return "redirect:/monitoring/urging/preview";
        }
        return "redirect:/monitoring/urging";
    }

    @GetMapping("/monitoring/urging/{id}")
    String letter(CurrentUser user, @PathVariable long id, Model model) {
        model.addAttribute("letter", urging.get(user, id));
        return "monitoring/letter";
    }

    @GetMapping("/monitoring/urging/{id}/pdf")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        return MonitoringApiController.pdfResponse(urging.get(user, id), urging.pdf(user, id));
    }

    /** The agency's monitoring rules as typed; numbers stay numbers, a missing one is named. */
    public static class RulesForm {

        private Integer repeatWorkingDays;
        private Integer escalateAfterWorkingDays;
        private Integer requestDecisionWorkingDays;
        private boolean weeklyDigest;

        static RulesForm of(MonitoringRules rules) {
            var form = new RulesForm();
            form.repeatWorkingDays = rules.repeatWorkingDays();
            form.escalateAfterWorkingDays = rules.escalateAfterWorkingDays();
            form.requestDecisionWorkingDays = rules.requestDecisionWorkingDays();
            form.weeklyDigest = rules.weeklyDigest();
            return form;
        }

        MonitoringRules toRules() {
            var missing = new InvalidInputException.Collector();
            for (var field : java.util.Map.of("repeatWorkingDays", java.util.Optional.ofNullable(repeatWorkingDays),
                    "escalateAfterWorkingDays", java.util.Optional.ofNullable(escalateAfterWorkingDays),
                    "requestDecisionWorkingDays", java.util.Optional.ofNullable(requestDecisionWorkingDays)).entrySet()) {
                if (field.getValue().isEmpty()) {
                    missing.add(field.getKey(), Message.of("invalid.monitoring.working-days.required"));
                }
            }
            missing.throwIfAny();
            return new MonitoringRules(repeatWorkingDays, escalateAfterWorkingDays,
                    requestDecisionWorkingDays, weeklyDigest, true);
        }

        public Integer getRepeatWorkingDays() { return repeatWorkingDays; }
        public void setRepeatWorkingDays(Integer v) { this.repeatWorkingDays = v; }
        public Integer getEscalateAfterWorkingDays() { return escalateAfterWorkingDays; }
        public void setEscalateAfterWorkingDays(Integer v) { this.escalateAfterWorkingDays = v; }
        public Integer getRequestDecisionWorkingDays() { return requestDecisionWorkingDays; }
        public void setRequestDecisionWorkingDays(Integer v) { this.requestDecisionWorkingDays = v; }
        public boolean isWeeklyDigest() { return weeklyDigest; }
        public void setWeeklyDigest(boolean weeklyDigest) { this.weeklyDigest = weeklyDigest; }
    }
}
