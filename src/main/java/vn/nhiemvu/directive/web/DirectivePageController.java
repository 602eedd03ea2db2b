package vn.nhiemvu.directive.web;

import java.util.HashMap;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Agency;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.NotFoundException;

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
        return "directives/list";
    }

    @GetMapping("/directives/{id}")
    String detail(CurrentUser user, @PathVariable long id, Model model) {
        Directive directive = directives.find(user, id)
                .orElseThrow(() -> new NotFoundException("Không tìm thấy văn bản số " + id + "."));
        model.addAttribute("directive", directive);
        model.addAttribute("issuer", organization.agency(directive.issuerAgencyId()).map(Agency::name).orElse("—"));
        return "directives/detail";
    }
}
