package vn.nhiemvu.people.web;

import java.time.Clock;
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
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/** The pages {@code /people} (whose sheets the reader may see) and {@code /people/{username}} (one sheet). */
@Controller
class PeoplePageController {

    private final People people;
    private final Clock clock;

    PeoplePageController(People people, Clock clock) {
        this.people = people;
        this.clock = clock;
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

    /**
     * A person's rating of the year (Điều 19), read with the same scope and audit as a sheet: the quarters reckoned to
     * the as-of date and the rule that combines them, with what is not confirmed said on the page.
     */
    @GetMapping("/people/{username}/year")
    String year(CurrentUser user, @PathVariable String username, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : year;
        // The rating first: it refuses (403/404) a person the reader may not see, and audits the reading.
        model.addAttribute("rating", people.year(user, username, y, asOf));
        model.addAttribute("person", people.readable(user).stream().filter(p -> p.username().equals(username))
                .findFirst().orElseThrow(() -> new NotFoundException(Message.of("notfound.shared.not-found"))));
        model.addAttribute("year", y);
        model.addAttribute("asOf", asOf);
        return "people/year";
    }
}
