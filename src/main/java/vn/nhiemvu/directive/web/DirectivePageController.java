package vn.nhiemvu.directive.web;

import java.util.HashMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.DirectivePermissions;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Message;

@Controller
class DirectivePageController {

    private final Directives directives;
    private final Organization organization;

    DirectivePageController(Directives directives, Organization organization) {
        this.directives = directives;
        this.organization = organization;
    }

    @GetMapping("/directives")
    String list(CurrentUser user, @RequestParam(required = false) String q, Model model) {
        var issuers = new HashMap<Long, String>();
        organization.agencies().forEach(a -> issuers.put(a.id(), a.name()));
        model.addAttribute("directives", directives.list(user, q));
        model.addAttribute("issuers", issuers);
        model.addAttribute("q", q);
        model.addAttribute("canCreate", DirectivePermissions.POLICY.allowsAny(user, DirectivePermissions.Action.WRITE));
        return "directives/list";
    }

    @GetMapping("/directives/new")
    String createForm(CurrentUser user, Model model) {
        return form(model, new DirectiveForm(), FormErrors.NONE, null);
    }

    @PostMapping("/directives")
    String create(CurrentUser user, @ModelAttribute("form") DirectiveForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            return form(model, form, FormErrors.of(binding), null);
        }
        try {
            Directive created = directives.record(user, form.toNew());
            redirect.addFlashAttribute("flash", Message.of("directives.flash.created", created.number()));
            return "redirect:/directives/" + created.id();
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            return form(model, form, FormErrors.of(e), null);
        }
    }

    @GetMapping("/directives/{id}/edit")
    String editForm(CurrentUser user, @PathVariable long id, Model model) {
        Directive directive = find(user, id);
        return form(model, DirectiveForm.of(directive, organization.agency(directive.issuerAgencyId())
                .map(Agency::code).orElse(null)), FormErrors.NONE, directive);
    }

    @PostMapping("/directives/{id}")
    String update(CurrentUser user, @PathVariable long id, @ModelAttribute("form") DirectiveForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        Directive current = find(user, id);
        if (binding.hasErrors()) {
            return form(model, form, FormErrors.of(binding), current);
        }
        try {
            directives.update(user, id, form.getVersion(), form.toNew());
            redirect.addFlashAttribute("flash", Message.of("tasks.flash.saved"));
            return "redirect:/directives/" + id;
        } catch (InvalidInputException | ConflictException | ForbiddenException e) {
            return form(model, form, FormErrors.of(e), current);
        }
    }

    private String form(Model model, DirectiveForm form, FormErrors errors, Directive directive) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("directive", directive);
        model.addAttribute("kinds", DirectiveKind.values());
        model.addAttribute("agencies", organization.agencies());
        return "directives/form";
    }

    private Directive find(CurrentUser user, long id) {
        return directives.find(user, id)
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.directive.directive.unknown", id)));
    }

    @GetMapping("/directives/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        Directive directive = find(user, id);
        model.addAttribute("directive", directive);
        model.addAttribute("canEdit", DirectivePermissions.POLICY.allowsAny(user, DirectivePermissions.Action.WRITE));
        model.addAttribute("issuer", organization.agency(directive.issuerAgencyId()).map(Agency::name).orElse("—"));
        return "directives/detail";
    }
}
