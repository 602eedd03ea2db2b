package vn.nhiemvu.measurement.web;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.measurement.Indicators;
import vn.nhiemvu.measurement.MeasurementPermissions;
import vn.nhiemvu.measurement.ValueDraft;
import vn.nhiemvu.shared.FormErrors;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

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
        return page(user, code, asOf, new ValueForm(null, null, null, null, null), FormErrors.NONE, model);
    }

    /** The responsible unit records a period's value; a refusal shows the page again with what was typed. */
    @PostMapping("/indicators/{code}/values")
    String record(CurrentUser user, @PathVariable String code, ValueForm form, Model model) {
        try {
            indicators.record(user, code, new ValueDraft(form.period(), number(form.value()), form.source(),
                    form.evidence(), form.correction()));
            return "redirect:/indicators/" + code.strip().toUpperCase() + "#values";
        } catch (NotFoundException e) {
            throw e;
        } catch (RuntimeException e) {
            return page(user, code, null, form, FormErrors.of(e), model);
        }
    }

    /**
     * A token for another system (ADR 0051), shown once on the page itself rather than through a redirect: the
     * secret would otherwise travel through the session, which lives in the database. Not kept by the browser.
     */
    @PostMapping("/indicators/{code}/tokens")
    String issueToken(CurrentUser user, @PathVariable String code, @RequestParam(required = false) String name,
            Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        try {
            model.addAttribute("issued", indicators.issueToken(user, code, name));
            return page(user, code, null, new ValueForm(null, null, null, null, null), FormErrors.NONE, model);
        } catch (InvalidInputException e) {
            model.addAttribute("tokenName", name);
            model.addAttribute("tokenErrors", FormErrors.of(e));
            return page(user, code, null, new ValueForm(null, null, null, null, null), FormErrors.NONE, model);
        }
    }

    @PostMapping("/indicators/{code}/tokens/{id}/revocation")
    String revokeToken(CurrentUser user, @PathVariable String code, @PathVariable long id) {
        indicators.revokeToken(user, code, id);
        return "redirect:/indicators/" + code.strip().toUpperCase() + "#tokens";
    }

    /**
     * The indicator's page; the tokens of another system's channel are listed to whoever may record its values,
     * for an indicator that takes values from outside.
     */
    private String page(CurrentUser user, String code, LocalDate asOf, ValueForm form, FormErrors errors, Model model) {
        var v = indicators.get(user, code, asOf);
        model.addAttribute("v", v);
        model.addAttribute("chart", IndicatorChart.of(v.standing()));
        model.addAttribute("asOf", asOf);
        model.addAttribute("errors", errors);
        model.addAttribute("form", form);
        boolean tokens = !v.indicator().computed() && v.allowed().contains(MeasurementPermissions.Action.RECORD_VALUE);
        model.addAttribute("tokens", tokens ? indicators.tokens(user, code) : null);
        if (!model.containsAttribute("tokenErrors")) {
            model.addAttribute("tokenErrors", FormErrors.NONE);
        }
        return "measurement/indicator";
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
