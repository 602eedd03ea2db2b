package vn.nhiemvu.notification.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.notification.Notifications;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The agency's webhooks for the Office and the administrator: the addresses other systems receive notices at. */
@Controller
class WebhookPageController {

    private final Notifications notifications;

    WebhookPageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/webhooks")
    String page(CurrentUser user, Model model) {
        model.addAttribute("webhooks", notifications.webhooks(user));
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        return "notifications/webhooks";
    }

    /** A refusal shows the page again with the address as typed; the secret is never written back into a page. */
    @PostMapping("/webhooks")
    String add(CurrentUser user, @RequestParam(required = false) String url, @RequestParam(required = false) String secret,
            Model model, RedirectAttributes redirect) {
        try {
            var added = notifications.addWebhook(user, url, secret);
            redirect.addFlashAttribute("flash", Message.of("webhooks.flash.added", added.url()));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("url", url);
            return page(user, model);
        }
        return "redirect:/webhooks";
    }

    @PostMapping("/webhooks/{id}/removal")
    String remove(CurrentUser user, @PathVariable long id, RedirectAttributes redirect) {
        notifications.removeWebhook(user, id);
        redirect.addFlashAttribute("flash", Message.of("webhooks.flash.removed"));
        return "redirect:/webhooks";
    }
}
