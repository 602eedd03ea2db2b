package vn.nhiemvu.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.security.web.WebAttributes;
import org.springframework.web.bind.annotation.GetMapping;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import vn.nhiemvu.demo.DemoDataProperties;
import vn.nhiemvu.identity.LoginThrottled;

/** The login page and the home page, which is the dashboard (a respondent's: their rounds). */
@Controller
class PageController {

    private final boolean demo;

    PageController(DemoDataProperties demo) {
        this.demo = demo.enabled();
    }

    /** After too many failures, the wait in minutes comes from the refusal Spring Security kept in the session. */
    @GetMapping("/login")
    String login(Model model, HttpServletRequest request) {
        model.addAttribute("demo", demo);
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof LoginThrottled t) {
            model.addAttribute("throttled", t.minutes());
        }
        return "login";
    }

    /** An outside agency's focal person has no dashboard: their home is the rounds addressed to them. */
    @GetMapping("/")
    String home(vn.nhiemvu.identity.CurrentUser user) {
        return user.respondent() ? "redirect:/rounds" : "redirect:/dashboard";
    }
}
