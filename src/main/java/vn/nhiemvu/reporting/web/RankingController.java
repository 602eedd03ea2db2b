package vn.nhiemvu.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.UriComponentsBuilder;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Rankings;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.reporting.Scorecards;
import vn.nhiemvu.reporting.Scorecards.Subject;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/** Scorecards and rankings of units and supervising leaders, as JSON and as a page with a chart. */
@Controller
@Tag(name = "Xếp hạng", description = "Kết quả thực hiện nhiệm vụ đến hạn trong kỳ, theo đơn vị và theo Lãnh đạo Bộ phụ trách")
class RankingController {

    private final Scorecards scorecards;
    private final Organization organization;
    private final Clock clock;

    RankingController(Scorecards scorecards, Organization organization, Clock clock) {
        this.scorecards = scorecards;
        this.organization = organization;
        this.clock = clock;
    }

    @GetMapping("/api/v1/rankings/{subject}")
    @ResponseBody
    @Operation(summary = "Bảng xếp hạng: subject là units (đơn vị chủ trì) hoặc leaders (Lãnh đạo Bộ phụ trách); mặc định cả năm của asOf")
    RankingJson api(CurrentUser user, @PathVariable String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        return ranking(user, subject(subject), from, to, asOf, policy);
    }

    @GetMapping("/rankings")
    String page(CurrentUser user, @RequestParam(defaultValue = "units") String subject,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        RankingJson ranking = ranking(user, subject(subject), from, to, asOf, policy);
        model.addAttribute("ranking", ranking);
        model.addAttribute("links", taskLinks(user, subject(subject), ranking));
        model.addAttribute("subject", subject);
        model.addAttribute("policies", EvaluationPolicy.Kind.values());
        return "rankings";
    }

    private RankingJson ranking(CurrentUser user, Subject subject, LocalDate from, LocalDate to,
            LocalDate asOf, EvaluationPolicy.Kind policy) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        LocalDate start = from == null ? date.withDayOfYear(1) : from;
        LocalDate end = to == null ? start.withMonth(12).withDayOfMonth(31) : to;
        List<Scorecard> cards = scorecards.ranked(user, subject, start, end, date, policy);
        return new RankingJson(start, end, date, policy, Rankings.FORMULA, cards.stream().map(c -> new Row(c.rank(),
                c.key(), c.name(), c.due(), c.onTime(), c.late(), c.overdue(), c.onTimeRate(), c.completionRate(),
                c.workingDaysLate(), Math.round(c.averageWorkingDaysLate() * 10) / 10.0)).toList());
    }

    /**
     * For each row, the task list showing exactly its tasks due: deadline in force in the period up to the as-of
     * date, completed or overdue as of it.
     */
    private Map<String, String> taskLinks(CurrentUser user, Subject subject, RankingJson ranking) {
        var links = new HashMap<String, String>();
        LocalDate until = ranking.to().isAfter(ranking.asOf()) ? ranking.asOf() : ranking.to();
        for (Row row : ranking.items()) {
            var uri = UriComponentsBuilder.fromPath("/tasks");
            if (subject == Subject.UNITS) {
                uri.queryParam("leadUnit", row.key());
            } else {
                Optional<Leader> leader = organization.leaderBySlug(user.agencyId(), row.key());
                if (leader.isEmpty()) {
                    continue;
                }
                uri.queryParam("leader", leader.get().id());
            }
            uri.queryParam("status", "COMPLETED_ON_TIME,COMPLETED_LATE,OVERDUE")
                    .queryParam("deadlineFrom", DisplayDates.date(ranking.from())).queryParam("deadlineTo", DisplayDates.date(until))
                    .queryParam("asOf", DisplayDates.date(ranking.asOf()));
            if (ranking.policy() != null) {
                uri.queryParam("policy", ranking.policy().name());
            }
            links.put(row.key(), uri.encode().build().toUriString());
        }
        return links;
    }

    private static Subject subject(String subject) {
        return switch (subject) {
            case "units" -> Subject.UNITS;
            case "leaders" -> Subject.LEADERS;
            default -> throw new NotFoundException(Message.of("notfound.reporting.ranking.unknown", subject));
        };
    }

    record RankingJson(LocalDate from, LocalDate to, LocalDate asOf, EvaluationPolicy.Kind policy, String formula,
            List<Row> items) {
    }

    /** One line of the table; rates are fractions (0.875), null when nothing was due. */
    record Row(int rank, String key, String name, long due, long onTime, long late, long overdue, Double onTimeRate,
            Double completionRate, long workingDaysLate, double averageWorkingDaysLate) {
    }
}
