package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.federation.Federation;
import vn.nhiemvu.federation.FederationPermissions;
import vn.nhiemvu.federation.FederationPermissions.Action;
import vn.nhiemvu.federation.FederationPermissions.Administration;
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
    private final FederationProperties properties;
    private final Clock clock;

    FederationPageController(Federation federation, PeerDirectory peers, Organization organization,
            FederationProperties properties, Clock clock) {
        this.federation = federation;
        this.peers = peers;
        this.organization = organization;
        this.properties = properties;
        this.clock = clock;
    }

    @GetMapping("/federation")
    String page(CurrentUser user, Model model) {
        LocalDate today = LocalDate.now(clock);
        var outgoing = federation.sent(user, today);
        var incoming = federation.links(user, Direction.INCOMING);
        model.addAttribute("outgoing", outgoing);
        var ids = new java.util.ArrayList<Long>();
        outgoing.forEach(t -> ids.add(t.link().id()));
        incoming.forEach(l -> ids.add(l.id()));
        model.addAttribute("history", federation.histories(user, ids));
        model.addAttribute("mayUrge", FederationPermissions.POLICY.allowsAny(user, Action.URGE));
        model.addAttribute("mayOperate", FederationPermissions.allows(user, Administration.OPERATE));
        model.addAttribute("mayDecide", FederationPermissions.POLICY.allowsAny(user, Action.DECIDE_EXTENSION));
        model.addAttribute("standings", federation.standings(user, today));
        model.addAttribute("today", today);
        model.addAttribute("silentDays", properties.silentAfter().toDays());
        model.addAttribute("incoming", incoming);
        model.addAttribute("units", organization.units(user.agencyId()));
        model.addAttribute("ownCode", peers.ownCode());
        model.addAttribute("peers", FederationPermissions.allows(user, Administration.MANAGE_PEERS) ? peers.all()
                : java.util.List.of());
        model.addAttribute("mayAnswer", FederationPermissions.POLICY.allowsAny(user, Action.ANSWER));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "federation/index";
    }

    @PostMapping("/federation/received/{id}/acceptance")
    String accept(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String leadUnit,
            Model model) {
        return acting(user, id, model, () -> federation.accept(user, id, leadUnit));
    }

    @PostMapping("/federation/sent/{id}/extensions/{requestId}/decision")
    String decide(CurrentUser user, @PathVariable long id, @PathVariable String requestId,
            @RequestParam(required = false) String decision,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
            Model model) {
        Boolean approve = "approved".equals(decision) ? Boolean.TRUE : "rejected".equals(decision) ? Boolean.FALSE
                : null;
        return acting(user, id, model, () -> federation.decideExtension(user, id, requestId, approve, deadline, null));
    }

    @PostMapping("/federation/sent/{id}/guidance/{requestId}/answer")
    String answerGuidance(CurrentUser user, @PathVariable long id, @PathVariable String requestId,
            @RequestParam(required = false) String decision, @RequestParam(required = false) String answer,
            Model model) {
        Boolean given = "answered".equals(decision) ? Boolean.TRUE : "rejected".equals(decision) ? Boolean.FALSE
                : null;
        return acting(user, id, model, () -> federation.answerGuidance(user, id, requestId, given, answer));
    }

    @PostMapping("/federation/sent/{id}/urging")
    String urge(CurrentUser user, @PathVariable long id, @RequestParam(required = false) String text, Model model) {
        return acting(user, id, model, () -> federation.urge(user, id, text, null));
    }

    /** Does it and goes back to the page; a refusal the user can mend is shown beside the link. */
    private String acting(CurrentUser user, long id, Model model, Runnable action) {
        try {
            action.run();
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
        return acting(user, id, model, () -> federation.giveBack(user, id, reason));
    }
}
