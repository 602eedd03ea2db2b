package vn.nhiemvu.federation.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.federation.Federation;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;

/**
 * The page {@code /federation}: tasks received from above, to accept (naming the lead unit) or return with a reason;
 * tasks sent down with the status heard back; the peers (for the administrator).
 */
@Controller
class FederationPageController {

    private final Federation federation;
    private final PeerDirectory peers;
    private final Organization organization;

    FederationPageController(Federation federation, PeerDirectory peers, Organization organization) {
        this.federation = federation;
        this.peers = peers;
        this.organization = organization;
    }

    @GetMapping("/federation")
    String page(CurrentUser user, Model model) {
        model.addAttribute("incoming", federation.links(user, Direction.INCOMING));
        model.addAttribute("outgoing", federation.links(user, Direction.OUTGOING));
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("ownCode", peers.ownCode());
        model.addAttribute("peers", user.administers() ? peers.all() : java.util.List.of());
        model.addAttribute("mayAnswer", user.managesAgency());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "federation/index";
    }

    @PostMapping("/federation/received/{id}/acceptance")
    String accept(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String leadUnit,
            Model model) {
        try {
            federation.accept(user, id, leadUnit);
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("failedId", id);
            return page(user, model);
        }
        return "redirect:/federation";
    }

    @PostMapping("/federation/received/{id}/return")
    String giveBack(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String reason,
            Model model) {
        try {
            federation.giveBack(user, id, reason);
        } catch (InvalidInputException | ConflictException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("failedId", id);
            return page(user, model);
        }
        return "redirect:/federation";
    }
}
