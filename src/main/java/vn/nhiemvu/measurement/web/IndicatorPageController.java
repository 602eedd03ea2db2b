package vn.nhiemvu.measurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.measurement.Indicators;
import vn.nhiemvu.measurement.ValueDraft;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** The pages {@code /indicators} (every indicator with its status) and {@code /indicators/{code}} (one, its values). */
@Controller
class IndicatorPageController {

    private final Indicators indicators;
    private final ManagementAreas areas;

    IndicatorPageController(Indicators indicators, ManagementAreas areas) {
        this.indicators = indicators;
        this.areas = areas;
    }

    @GetMapping("/indicators")
    String list(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        model.addAttribute("indicators", indicators.list(user, year, area, asOf));
        model.addAttribute("areas", areas.list(user));
        model.addAttribute("year", year);
        model.addAttribute("area", area == null ? "" : area.strip().toUpperCase());
        model.addAttribute("asOf", asOf);
        return "measurement/indicators";
    }

    @GetMapping("/indicators/{code}")
    String detail(CurrentUser user, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            Model model) {
        var v = indicators.get(user, code, asOf);
        model.addAttribute("v", v);
        model.addAttribute("chart", IndicatorChart.of(v.standing()));
        model.addAttribute("asOf", asOf);
        model.addAttribute("errors", FormErrors.NONE);
        model.addAttribute("form", new ValueForm(null, null, null, null, null));
        return "measurement/indicator";
    }

    /** The responsible unit records a period's value; a refusal shows the page again with what was typed. */
    @PostMapping("/indicators/{code}/values")
    String record(CurrentUser user, @PathVariable String code, ValueForm form, Model model) {
        try {
            indicators.record(user, code, new ValueDraft(form.period(), number(form.value()), form.source(),
                    form.evidence(), form.correction()));
            return "redirect:/indicators/" + code.strip().toUpperCase() + "#values";
        } catch (RuntimeException e) {
            if (e instanceof vn.nhiemvu.shared.NotFoundException) {
                throw e;
            }
            var v = indicators.get(user, code, null);
            model.addAttribute("v", v);
            model.addAttribute("chart", IndicatorChart.of(v.standing()));
            model.addAttribute("asOf", null);
            model.addAttribute("errors", FormErrors.of(e));
            model.addAttribute("form", form);
            return "measurement/indicator";
        }
    }

    /** A value as people type it: a decimal comma or point, no thousands separators. */
    static BigDecimal number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("value", Message.of("invalid.measurement.value.number", text.strip()));
        }
    }

    record ValueForm(String period, String value, String source, String evidence, String correction) {
    }
}
