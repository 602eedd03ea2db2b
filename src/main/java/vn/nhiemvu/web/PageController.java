package vn.nhiemvu.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page and the home page, which is the overview. */
@Controller
class PageController {

    private final boolean demo;

    PageController(@Value("${nhiemvu.demo-data.enabled:false}") boolean demo) {
        this.demo = demo;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demo", demo);
        return "login";
    }

    @GetMapping("/")
    String home() {
        return "redirect:/overview";
    }
}
