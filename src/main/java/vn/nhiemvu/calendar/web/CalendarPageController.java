package vn.nhiemvu.calendar.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.calendar.CalendarDays;
import vn.nhiemvu.calendar.WorkingCalendar;

/** The year's working calendar as twelve month grids, for everyone signed in. */
@Controller
class CalendarPageController {

    private final CalendarDays days;
    private final WorkingCalendar calendar;
    private final Clock clock;

    CalendarPageController(CalendarDays days, WorkingCalendar calendar, Clock clock) {
        this.days = days;
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        LocalDate today = LocalDate.now(clock);
        int shown = year == null ? today.getYear() : year;
        var view = YearView.of(shown, days.year(shown), days.hasOfficialRows(shown), calendar, today);
        model.addAttribute("view", view);
        return "calendar/year";
    }
}
