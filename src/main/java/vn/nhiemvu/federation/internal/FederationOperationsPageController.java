package vn.nhiemvu.federation.internal;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/** The page {@code /federation/operations} (administrator): the outbox, what was delivered, what was refused. */
@Controller
class FederationOperationsPageController {

    private final Operations operations;
    private final PeerDirectory peers;

    FederationOperationsPageController(Operations operations, PeerDirectory peers) {
        this.operations = operations;
        this.peers = peers;
    }

    @GetMapping("/federation/operations")
    String page(CurrentUser user, Model model) {
        Operations.View view = operations.view(user);
        model.addAttribute("unsent", view.unsent());
        model.addAttribute("delivered", view.delivered());
        model.addAttribute("rejects", view.rejects());
        model.addAttribute("peers", peers.all());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "federation/operations";
    }

    @PostMapping("/federation/operations/outbox/{id}/retry")
    String retryNow(CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return done(flash, () -> Message.of("federation.ops.retried", operations.retryNow(user, id)));
    }

    @PostMapping("/federation/operations/outbox/{id}/resend")
    String resend(CurrentUser user, @PathVariable long id, RedirectAttributes flash) {
        return done(flash, () -> Message.of("federation.ops.queued", operations.resend(user, id)));
    }

    @PostMapping("/federation/operations/resending")
    String resendSince(CurrentUser user, @RequestParam(required = false) String peer,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
            Model model, RedirectAttributes flash) {
        try {
            flash.addFlashAttribute("flash", Message.of("federation.ops.queued",
                    operations.resendSince(user, peer, since)));
        } catch (InvalidInputException | NotFoundException e) {
            model.addAttribute("errors", FormErrors.of(e));
            return page(user, model);
        }
        return "redirect:/federation/operations";
    }

    /** A row gone meanwhile (sent by the scheduler, or already queued) is said as a flash, not as an error page. */
    private static String done(RedirectAttributes flash, java.util.function.Supplier<Message> action) {
        try {
            flash.addFlashAttribute("flash", action.get());
        } catch (NotFoundException e) {
            flash.addFlashAttribute("flash", e.words());
        }
        return "redirect:/federation/operations";
    }
}
