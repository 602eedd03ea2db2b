package vn.nhiemvu.web;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * "Hướng dẫn": one guide per role that walks that role's week with pictures of the screens
 * ({@code static/help/*.png}, taken by {@code HelpScreenshotsBrowserTests}). {@code /help} opens one's own; every
 * guide is open to everyone signed in (a unit may want to know what the Office sees).
 */
@Controller
class HelpController {

    @GetMapping("/help")
    String mine(CurrentUser user) {
        return "redirect:/help/" + slug(user.role());
    }

    @GetMapping("/help/{role:[a-z]+}")
    String guide(CurrentUser user, @PathVariable String role, Model model) {
        Role guide = Arrays.stream(Role.values()).filter(r -> slug(r).equals(role)).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.web.guide.unknown", role)));
        model.addAttribute("guide", guide);
        model.addAttribute("guides", Role.values());
        return "help/" + slug(guide);
    }

    static String slug(Role role) {
        return role.name().toLowerCase(Locale.ROOT);
    }
}
