package vn.nhiemvu.dashboard.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.dashboard.Dashboard;
import vn.nhiemvu.dashboard.Dashboards;
import vn.nhiemvu.dashboard.internal.DashboardStream;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskManagement;

/**
 * The page {@code /dashboard}, every role's home: counts and charts drawn in the browser from the same JSON as the
 * API, fetched again whenever the server says a task changed; the lists of tasks come as a fragment.
 */
@Controller
class DashboardPageController {

    /** How many tasks each list on the page shows. */
    static final int LISTED = 10;

    /** Words of static/js/dashboard.js, each {@code dash.chart.*} in the bundles. */
    private static final List<String> CHART_WORDS = List.of("received", "completedOnTime", "completedLate", "unit",
            "total");

    private final Dashboards dashboards;
    private final DashboardStream stream;
    private final TaskManagement tasks;
    private final Plans plans;
    private final Evaluations evaluations;
    private final JsonMapper json;
    private final Clock clock;
    private final MessageSource messages;

    DashboardPageController(Dashboards dashboards, DashboardStream stream, TaskManagement tasks, Plans plans,
            Evaluations evaluations, JsonMapper json, Clock clock, MessageSource messages) {
        this.messages = messages;
        this.plans = plans;
        this.evaluations = evaluations;
        this.dashboards = dashboards;
        this.json = json;
        this.stream = stream;
        this.tasks = tasks;
        this.clock = clock;
    }

    /**
     * The one dashboard of every role. From today on, under the agency's policy, it is the live one (aggregates,
     * charts, redrawn on every change); on an earlier day or under the other policy every task in scope is evaluated
     * instead (totals and units).
     */
    @GetMapping("/dashboard")
    String page(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Locale locale, Model model) {
        LocalDate today = LocalDate.now(clock);
        EvaluationPolicy agencyPolicy = evaluations.policy(user.agencyId());
        boolean live = (asOf == null || !asOf.isBefore(today)) && (policy == null || policy == agencyPolicy.kind());
        Dashboard dashboard = live ? dashboards.dashboard(user, asOf)
                : EvaluatedDashboard.of(tasks, user, asOf == null ? today : asOf, policy == null ? agencyPolicy.kind() : policy);
        model.addAttribute("dashboard", dashboard);
        model.addAttribute("live", live);
        model.addAttribute("policy", policy);
        model.addAttribute("policies", EvaluationPolicy.Kind.values());
        model.addAttribute("agencyPolicy", agencyPolicy);
        // The API's own JSON (Jackson 3), so that the page draws exactly what /dashboard/data answers later.
        model.addAttribute("dashboardJson", json.writeValueAsString(dashboard));
        // The words the charts and the table drawn in the browser need, in the page's language (ADR 0033).
        var labels = new LinkedHashMap<String, String>();
        for (TaskStatus status : TaskStatus.values()) {
            labels.put(status.name(), messages.getMessage(status.code(), null, locale));
        }
        for (String word : CHART_WORDS) {
            labels.put(word, messages.getMessage("dash.chart." + word, null, locale));
        }
        model.addAttribute("labels", labels);
        model.addAttribute("statuses", TaskStatus.values());
        return "dashboard/page";
    }

    /** The former "Tổng quan", merged into the dashboard; old bookmarks keep their date and policy. */
    @GetMapping("/overview")
    String overview(@RequestParam(required = false) String asOf, @RequestParam(required = false) String policy,
            RedirectAttributes redirect) {
        if (asOf != null) {
            redirect.addAttribute("asOf", asOf);
        }
        if (policy != null) {
            redirect.addAttribute("policy", policy);
        }
        return "redirect:/dashboard";
    }

    @GetMapping(path = "/dashboard/data", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Dashboard data(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return dashboards.dashboard(user, asOf);
    }

    @GetMapping(path = "/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(CurrentUser user) {
        return stream.open(user);
    }

    /**
     * The overdue and due-soon tasks of the user's scope (the task module's list, which evaluates each), the
     * milestones slipping and the requests waiting for a decision.
     */
    @GetMapping("/dashboard/lists")
    String lists(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        model.addAttribute("asOf", date);
        model.addAttribute("policy", policy);
        model.addAttribute("overdue", tasks.list(user, filter(TaskStatus.OVERDUE, date, policy), null, LISTED).items());
        model.addAttribute("dueSoon", tasks.list(user, filter(TaskStatus.DUE_SOON, date, policy), null, LISTED).items());
        model.addAttribute("milestones", plans.slipping(user, date, LISTED));
        var requests = tasks.waitingForDecision(user, LISTED);
        model.addAttribute("requests", requests);
        var titles = new java.util.HashMap<Long, String>();
        requests.forEach(r -> titles.computeIfAbsent(r.taskId(), id -> tasks.get(user, id, date, null).title()));
        model.addAttribute("requestTitles", titles);
        return "dashboard/lists :: lists";
    }

    private static TaskFilter filter(TaskStatus status, LocalDate asOf, EvaluationPolicy.Kind policy) {
        return new TaskFilter(Set.of(status), null, null, null, null, null, null, null, false, null, asOf, policy);
    }
}
