package vn.nhiemvu.identity.web;

import java.time.Instant;
import java.util.HashMap;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.identity.ApiTokens;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.DisplayDates;

@Controller
class TokenPageController {


    private final ApiTokens tokens;

    TokenPageController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/tokens")
    String list(CurrentUser user, Model model) {
        var list = tokens.list(user);
        var times = new HashMap<Long, String[]>();
        list.forEach(t -> times.put(t.id(), new String[] { when(t.createdAt()), when(t.lastUsedAt()) }));
        model.addAttribute("tokens", list);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", FormErrors.NONE);
        }
        model.addAttribute("times", times);
        return "tokens";
    }

    /**
     * Answers with the page itself rather than a redirect: the new secret would otherwise travel
     * through the session, which lives in the database.
     */
    @PostMapping("/tokens")
    String create(CurrentUser user, @RequestParam(required = false) String name, Model model,
            HttpServletResponse response) {
        try {
            model.addAttribute("issued", tokens.create(user, name));
        } catch (InvalidInputException e) {
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("name", name);
        }
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        return list(user, model);
    }

    @PostMapping("/tokens/{id}/revocation")
    String revoke(CurrentUser user, @PathVariable long id) {
        tokens.revoke(user, id);
        return "redirect:/tokens";
    }

    private String when(Instant instant) {
        return instant == null ? "—" : DisplayDates.dateTime(instant);
    }
}
