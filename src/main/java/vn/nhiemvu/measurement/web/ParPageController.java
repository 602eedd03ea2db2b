package vn.nhiemvu.measurement.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.measurement.ParIndex;

/** The page {@code /par}: the year's self-assessment against the PAR index. */
@Controller
class ParPageController {

    private final ParIndex par;
    private final Clock clock;

    ParPageController(ParIndex par, Clock clock) {
        this.par = par;
        this.clock = clock;
    }

    @GetMapping("/par")
    String sheet(CurrentUser user, @RequestParam(required = false) Integer year, Model model) {
        model.addAttribute("v", par.sheet(user, year == null ? LocalDate.now(clock).getYear() : year));
        return "measurement/par";
    }
}
