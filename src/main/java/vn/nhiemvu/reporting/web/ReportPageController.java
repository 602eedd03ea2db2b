package vn.nhiemvu.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.reporting.Figures;
import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.PeriodicReports;
import vn.nhiemvu.reporting.ReportDelivery;
import vn.nhiemvu.reporting.ReportFormatKind;
import vn.nhiemvu.reporting.ReportPermissions;
import vn.nhiemvu.reporting.ReportSnapshot;
import vn.nhiemvu.reporting.ReportingPeriod;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The page {@code /reports}: pick a period, see the figures with charts and drill down to the tasks, download the
 * formats; the Office issues and sends. Downloads here use the session (the API takes tokens).
 */
@Controller
class ReportPageController {

    private final PeriodicReports reports;
    private final Clock clock;
    private final MessageSource messages;

    ReportPageController(PeriodicReports reports, Clock clock, MessageSource messages) {
        this.reports = reports;
        this.clock = clock;
        this.messages = messages;
    }

    /** An option of the period picker, as words (ADR 0033). */
    record Option(String key, Message label) {
    }

    @GetMapping("/reports")
    String page(CurrentUser user, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Locale locale, Model model) {
        ReportingPeriod p = resolve(period, from, to);
        PeriodicReport report = reports.report(user, p, policy);
        model.addAttribute("report", report);
        model.addAttribute("periodWords", p.message());
        model.addAttribute("previousWords", p.previous().message());
        model.addAttribute("chart", chart(report, p, locale));
        model.addAttribute("period", p);
        model.addAttribute("policy", policy);
        model.addAttribute("policies", EvaluationPolicy.Kind.values());
        model.addAttribute("options", options());
        model.addAttribute("query", query(p, policy));
        model.addAttribute("canIssue", ReportPermissions.POLICY.allowsAny(user, ReportPermissions.Action.ISSUE));
        model.addAttribute("snapshots", ReportPermissions.POLICY.allowsAny(user, ReportPermissions.Action.READ_ISSUED)
                ? reports.snapshots(user, p.key()) : List.of());
        return "reporting/reports";
    }

    @GetMapping("/reports/export.{format}")
    ResponseEntity<byte[]> export(CurrentUser user, @PathVariable String format, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        ReportingPeriod p = resolve(period, from, to);
        return ReportDownloads.of(reports, reports.report(user, p, policy), null, kind, "bao-cao-" + p.key());
    }

    @GetMapping("/reports/snapshots/{id}/export.{format}")
    ResponseEntity<byte[]> snapshotExport(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        ReportSnapshot snapshot = reports.snapshot(user, id);
        return ReportDownloads.of(reports, snapshot.report(), snapshot, kind,
                "bao-cao-" + snapshot.periodKey() + "-ban-hanh-" + id);
    }

    @PostMapping("/reports/jobs")
    String job(CurrentUser user, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, @RequestParam(defaultValue = "xlsx") String format) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        return "redirect:/jobs/" + reports.submit(user, resolve(period, from, to), policy, kind).id();
    }

    @PostMapping("/reports/issue")
    String issue(CurrentUser user, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy,
            @RequestParam(required = false) String documentNumber, RedirectAttributes redirect) {
        ReportingPeriod p = resolve(period, from, to);
        try {
            ReportSnapshot s = reports.issue(user, p, policy, documentNumber);
            redirect.addFlashAttribute("flash", Message.of("reports.flash.issued", p.message(), s.id()));
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("flashError", e.words());
        }
        return "redirect:/reports?" + query(p, policy);
    }

    @PostMapping("/reports/send")
    String send(CurrentUser user, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, RedirectAttributes redirect) {
        ReportingPeriod p = resolve(period, from, to);
        try {
            ReportDelivery d = reports.send(user, p.key());
            if (d.state() == ReportDelivery.State.DELIVERED) {
                redirect.addFlashAttribute("flash", Message.of("reports.flash.sent", d.attempts()));
            } else {
                redirect.addFlashAttribute("flashError", Message.of("reports.flash.send-failed", d.error()));
            }
        } catch (ConflictException e) {
            redirect.addFlashAttribute("flashError", e.words());
        }
        return "redirect:/reports?" + query(p, policy);
    }

    /** A key, or a custom range, or (nothing given) the last quarter whose cut-off has passed. */
    private ReportingPeriod resolve(String period, LocalDate from, LocalDate to) {
        if (period != null && !period.isBlank()) {
            return reports.period(period);
        }
        if (from != null || to != null) {
            return reports.custom(from, to);
        }
        LocalDate today = LocalDate.now(clock);
        ReportingPeriod q = ReportingPeriod.quarterly(today.getYear(), (today.getMonthValue() - 1) / 3 + 1);
        return q.to().isAfter(today) ? q.previous() : q;
    }

    private static String query(ReportingPeriod p, EvaluationPolicy.Kind policy) {
        var b = UriComponentsBuilder.newInstance();
        if (p.kind() == ReportingPeriod.Kind.CUSTOM) {
            b.queryParam("from", p.from()).queryParam("to", p.to());
        } else {
            b.queryParam("period", p.key());
        }
        if (policy != null) {
            b.queryParam("policy", policy.name());
        }
        return b.build().encode().getQuery();
    }

    /** Periods of this year and the six before, newest first. */
    private List<Option> options() {
        int year = LocalDate.now(clock).getYear();
        var options = new ArrayList<Option>();
        for (int y = year; y >= year - 6; y--) {
            add(options, ReportingPeriod.annual(y));
            add(options, ReportingPeriod.nineMonths(y));
            add(options, ReportingPeriod.half(y, 2));
            add(options, ReportingPeriod.half(y, 1));
            for (int q = 4; q >= 1; q--) {
                add(options, ReportingPeriod.quarterly(y, q));
            }
            for (int m = 12; m >= 1; m--) {
                add(options, ReportingPeriod.monthly(y, m));
            }
        }
        return options;
    }

    private static void add(List<Option> options, ReportingPeriod p) {
        options.add(new Option(p.key(), Message.of("reports.period.option", p.message(), p.range())));
    }

    /** What the charts draw, as plain strings and numbers for the page's script. */
    private Map<String, Object> chart(PeriodicReport r, ReportingPeriod p, Locale locale) {
        Function<Figures, List<Long>> classes = f -> List.of(f.completedOnTime(), f.completedLate(),
                f.inProgress() - f.dueSoon(), f.dueSoon(), f.overdue(), f.noDeadline());
        var units = r.byUnit().stream().map(b -> Map.<String, Object>of("code", b.key(), "name", b.name(),
                "values", classes.apply(b.figures()))).toList();
        List<String> statuses = List.of("COMPLETED_ON_TIME", "COMPLETED_LATE", "IN_PROGRESS", "DUE_SOON", "OVERDUE",
                "NO_DEADLINE");
        return Map.of("labels", statuses.stream().map(s -> messages.getMessage("status." + s, null, locale)).toList(),
                "statuses", statuses,
                "colors", List.of("#1e7d34", "#b26a00", "#1f5fa8", "#d8a400", "#c0392b", "#777777"),
                "current", classes.apply(r.summary()), "previous", classes.apply(r.previous()),
                "currentLabel", messages.getMessage(p.message(), locale),
                "previousLabel", messages.getMessage(p.previous().message(), locale), "units", units);
    }
}
