package vn.nhiemvu.round.web;

import java.util.Map;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.round.RoundInvitations;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * The page an invitation link opens (ADR 0045): the person chooses a username, a name and a password; a link that
 * cannot be used says why, with the status the API answers (404 unknown, 409 used, revoked or expired).
 */
@Controller
class InvitationPageController {

    private final RoundInvitations invitations;

    InvitationPageController(RoundInvitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping("/invitations/{token}")
    String open(@PathVariable String token, Model model, HttpServletResponse response) {
        return page(token, Map.of(), FormErrors.NONE, model, response);
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @RequestParam(required = false) String username,
            @RequestParam(required = false) String displayName, @RequestParam(required = false) String password,
            @RequestParam(required = false) String passwordAgain, Model model, HttpServletResponse response) {
        var typed = Map.of("username", text(username), "displayName", text(displayName));
        try {
            if (!text(password).equals(text(passwordAgain))) {
                throw InvalidInputException.of("passwordAgain",
                        Message.of("invalid.round.invitation.password-mismatch"));
            }
            invitations.accept(token, username, displayName, password);
        } catch (InvalidInputException e) {
            response.setStatus(400);
            return page(token, typed, FormErrors.of(e), model, response);
        }
        return "redirect:/login?invited";
    }

    private String page(String token, Map<String, String> typed, FormErrors errors, Model model,
            HttpServletResponse response) {
        model.addAttribute("token", token);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        try {
            model.addAttribute("link", invitations.open(token));
        } catch (NotFoundException | ConflictException e) {
            response.setStatus(e instanceof NotFoundException ? 404 : 409);
            model.addAttribute("errors", FormErrors.of(e));
        }
        return "rounds/invitation";
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
