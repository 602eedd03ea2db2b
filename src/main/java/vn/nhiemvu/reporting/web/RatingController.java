package vn.nhiemvu.reporting.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import com.fasterxml.jackson.annotation.JsonIgnore;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.evaluation.CollectiveRating;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.reporting.RatingQuarter;
import vn.nhiemvu.reporting.Scorecards;
import vn.nhiemvu.reporting.UnitRating;
import vn.nhiemvu.shared.Message;

/** What each unit's tasks of a quarter allow under Quy định 366, as JSON and as a page. */
@Controller
@Tag(name = "Xếp hạng", description = "Kết quả thực hiện nhiệm vụ đến hạn trong kỳ, theo đơn vị và theo Lãnh đạo Bộ phụ trách")
class RatingController {

    private final Scorecards scorecards;
    private final Clock clock;

    RatingController(Scorecards scorecards, Clock clock) {
        this.scorecards = scorecards;
        this.clock = clock;
    }

    @GetMapping("/api/v1/rankings/units/ratings")
    @ResponseBody
    @Operation(summary = "Mức xếp loại cao nhất mà kết quả thực hiện nhiệm vụ trong quý cho phép, theo Quy định 366-QĐ/TW, "
            + "từng đơn vị chủ trì, có lý do; quarter dạng 2026-Q4 (mặc định quý hiện tại)")
    RatingsJson api(CurrentUser user, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        return ratings(user, quarter, asOf, policy);
    }

    @GetMapping("/rankings/ratings")
    String page(CurrentUser user, @RequestParam(required = false) String quarter,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy, Model model) {
        model.addAttribute("ratings", ratings(user, quarter, asOf, policy));
        return "reporting/ratings";
    }

    private RatingsJson ratings(CurrentUser user, String key, LocalDate asOf, EvaluationPolicy.Kind policy) {
        LocalDate today = LocalDate.now(clock);
        RatingQuarter quarter = key == null || key.isBlank() ? RatingQuarter.of(today) : RatingQuarter.parse(key);
        LocalDate date = asOf != null ? asOf : today.isBefore(quarter.to()) ? today : quarter.to();
        List<UnitRating> ratings = scorecards.unitRatings(user, quarter, date, policy);
        CollectiveRating.Thresholds thresholds = scorecards.ratingThresholds();
        long excellent = Math.round(100 * thresholds.excellentBeyondShare());
        long late = Math.round(100 * thresholds.completedMaxLateShare());
        return new RatingsJson(quarter.key(), quarter.year(), quarter.quarter(), quarter.from(), quarter.to(), date, policy,
                Message.of("rating.rule", late, excellent).vietnamese(), excellent, late,
                ratings.stream().map(RatingController::row).toList());
    }

    private static Row row(UnitRating rating) {
        Scorecard c = rating.card();
        CollectiveRating.Tier tier = rating.rating().ceiling();
        return new Row(c.key(), c.name(), c.due(), c.onTime(), c.late(), c.overdue(), tier,
                tier == null ? null : Message.of(tier.code()).vietnamese(),
                rating.rating().reasons().stream().map(Message::vietnamese).toList(), rating.rating().reasons());
    }

    /**
     * @param excellentBeyondPercent   share of tasks beyond the requirement that "xuất sắc" needs, in percent
     * @param completedMaxLatePercent  largest share of late tasks that "hoàn thành" allows, in percent
     */
    record RatingsJson(String quarter, int year, int number, LocalDate from, LocalDate to, LocalDate asOf,
            EvaluationPolicy.Kind policy,
            String rule, long excellentBeyondPercent, long completedMaxLatePercent, List<Row> items) {
    }

    /**
     * One unit: its tasks due (deadline in force in the quarter, completed or overdue as of the date), the highest
     * tier they allow (null when none was due) and why; {@code because} is for pages in the reader's language.
     */
    record Row(String key, String name, long due, long onTime, long late, long overdue, CollectiveRating.Tier ceiling,
            String ceilingLabel, List<String> reasons,
            @JsonIgnore List<Message> because) {
    }
}
