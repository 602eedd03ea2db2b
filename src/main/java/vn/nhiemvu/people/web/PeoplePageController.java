package vn.nhiemvu.people.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.people.People;
import vn.nhiemvu.people.PersonSheet;

/** The pages {@code /people} (whose sheets the reader may see) and {@code /people/{username}} (one sheet). */
@Controller
class PeoplePageController {

    private final People people;

    PeoplePageController(People people) {
        this.people = people;
    }

    @GetMapping("/people")
    String list(CurrentUser user, @RequestParam(required = false) String period, Model model) {
        model.addAttribute("people", people.readable(user));
        model.addAttribute("period", period == null ? "" : period.strip());
        if (period != null && !period.isBlank()) {
            // The period's sheets, each read audited, with the cap on "xuất sắc" checked over them.
            model.addAttribute("sheets", people.sheets(user, period, null));
        }
        return "people/list";
    }

    @GetMapping("/people/{username}")
    String sheet(CurrentUser user, @PathVariable String username, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        PersonSheet sheet = people.sheet(user, username, period, asOf);
        model.addAttribute("s", sheet);
        model.addAttribute("sheet", sheet.sheet());
        model.addAttribute("rules", sheet.rules());
        return "people/sheet";
    }
}
