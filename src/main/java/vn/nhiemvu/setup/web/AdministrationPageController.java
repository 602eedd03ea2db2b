package vn.nhiemvu.setup.web;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.audit.AuditIntegrity;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.OrganizationDirectory;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The administrator's page: the organisation (units and leaders, a directory file to add more) and the accounts
 * (create one, set a new password), the audit log's latest verification. The rules are the modules' own; this page
 * only gathers them.
 */
@Controller
class AdministrationPageController {

    private final Organization organization;
    private final Accounts accounts;
    private final JsonMapper json;
    private final AuditIntegrity audit;
    private final Clock clock;

    AdministrationPageController(Organization organization, Accounts accounts, JsonMapper json, AuditIntegrity audit,
            Clock clock) {
        this.organization = organization;
        this.accounts = accounts;
        this.json = json;
        this.audit = audit;
        this.clock = clock;
    }

    static void requireAdministrator(CurrentUser user) {
        if (!user.administers()) {
            throw new ForbiddenException(Message.of("forbidden.setup.administration.admin-only"));
        }
    }

    @GetMapping("/admin")
    String page(CurrentUser user, Model model) {
        requireAdministrator(user);
        long agency = user.agencyId();
        model.addAttribute("home", organization.agency(agency).orElse(null));
        model.addAttribute("units", organization.units(agency));
        model.addAttribute("leaders", organization.leaders(agency));
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(r -> r != Role.RESPONDENT).toList());
        if (!model.containsAttribute("accountForm")) {
            model.addAttribute("accountForm", new AccountForm());
            model.addAttribute("accountErrors", FormErrors.NONE);
        }
        model.addAttribute("accounts", Arrays.stream(Role.values())
                .flatMap(role -> accounts.members(agency, role, null, null).stream()).toList());
        audit.latest().ifPresent(result -> {
            model.addAttribute("audit", result);
            model.addAttribute("auditAt", LocalDateTime.ofInstant(result.at(), clock.getZone()));
        });
        return "admin/index";
    }

    @PostMapping("/admin/audit")
    String verifyAudit(CurrentUser user, RedirectAttributes redirect) {
        requireAdministrator(user);
        var result = audit.verifyNow();
        if (result.intact()) {
            redirect.addFlashAttribute("flash", Message.of("admin.flash.audit-intact"));
        } else {
            redirect.addFlashAttribute("flashError", Message.of("admin.flash.audit-problems", result.problemCount()));
        }
        return "redirect:/admin#audit";
    }

    @PostMapping("/admin/organization")
    String applyDirectory(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            RedirectAttributes redirect) {
        requireAdministrator(user);
        try {
            if (file == null || file.isEmpty()) {
                throw InvalidInputException.of("file", Message.of("invalid.setup.file.required"));
            }
            OrganizationDirectory directory;
            try {
                directory = json.readValue(file.getBytes(), OrganizationDirectory.class);
            } catch (JacksonException | IOException e) {
                throw InvalidInputException.of("file", Message.of("invalid.setup.file.invalid"));
            }
            var applied = organization.apply(directory, user.username());
            redirect.addFlashAttribute("flash", Message.of("admin.flash.directory", applied.agencies().size(),
                    applied.units().size(), applied.leaders().size()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", Message.of("admin.flash.directory-refused"));
            redirect.addFlashAttribute("errors", fieldErrors(e));
        }
        return "redirect:/admin";
    }

    /** A refusal shows the page again with the account as typed (not its password) and each reason beside its field. */
    @PostMapping("/admin/users")
    String createAccount(CurrentUser user, @ModelAttribute("accountForm") AccountForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        requireAdministrator(user);
        try {
            if (binding.hasErrors()) {
                model.addAttribute("accountErrors", FormErrors.of(binding));
                return page(user, model);
            }
            Role chosen = Arrays.stream(Role.values()).filter(r -> r.name().equals(form.getRole())).findFirst().orElse(null);
            var created = accounts.create(user, form.getUsername(), form.getPassword(), form.getDisplayName(), chosen,
                    form.getUnitId(), form.getLeaderId());
            redirect.addFlashAttribute("flash", Message.of("admin.flash.account", created.username()));
        } catch (InvalidInputException e) {
            model.addAttribute("accountErrors", FormErrors.of(e));
            form.setPassword(null);
            return page(user, model);
        }
        return "redirect:/admin";
    }

    @PostMapping("/admin/users/{username}/password")
    String resetPassword(CurrentUser user, @PathVariable String username, @RequestParam(required = false) String password,
            RedirectAttributes redirect) {
        requireAdministrator(user);
        try {
            accounts.resetPassword(user, username, password);
            redirect.addFlashAttribute("flash", Message.of("admin.flash.password", username));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", Message.of("admin.flash.password-failed", username));
            redirect.addFlashAttribute("errors", fieldErrors(e));
        }
        return "redirect:/admin";
    }

    /** Flash attributes live in the session, which is stored in the database: serializable values. */
    private static List<List<Object>> fieldErrors(InvalidInputException e) {
        return e.errors().stream().map(error -> List.<Object>of(error.field(), error.message())).toList();
    }

    /** A new account as the administrator types it. */
    public static class AccountForm {

        private String username;
        private String displayName;
        private String role = Role.UNIT.name();
        private Long unitId;
        private Long leaderId;
        private String password;

        public String getUsername() { return username; }
        public void setUsername(String username) { this.username = username; }
        public String getDisplayName() { return displayName; }
        public void setDisplayName(String displayName) { this.displayName = displayName; }
        public String getRole() { return role; }
        public void setRole(String role) { this.role = role; }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long unitId) { this.unitId = unitId; }
        public Long getLeaderId() { return leaderId; }
        public void setLeaderId(Long leaderId) { this.leaderId = leaderId; }
        public String getPassword() { return password; }
        public void setPassword(String password) { this.password = password; }
    }
}
