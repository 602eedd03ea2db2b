package vn.nhiemvu.plan.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.MissingReport;
import vn.nhiemvu.plan.ReportFrequency;
import vn.nhiemvu.plan.ReportSchedules;

/** The Office requires periodic progress reports and sees who has not reported this period. */
@Controller
@Tag(name = "Báo cáo định kỳ", description = "Yêu cầu báo cáo tiến độ hằng tuần, hằng tháng và danh sách đơn vị chưa báo cáo")
class ReportScheduleController {

    private final ReportSchedules schedules;

    ReportScheduleController(ReportSchedules schedules) {
        this.schedules = schedules;
    }

    @PutMapping("/api/v1/tasks/{id}/report-schedule")
    @ResponseBody
    @Operation(summary = "Yêu cầu đơn vị chủ trì báo cáo tiến độ WEEKLY hoặc MONTHLY (null: bỏ yêu cầu); Văn phòng Bộ")
    ResponseEntity<Void> require(CurrentUser user, @PathVariable long id, @RequestBody Schedule body) {
        schedules.require(user, id, body.frequency());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/progress-reports/missing")
    @ResponseBody
    @Operation(summary = "Nhiệm vụ chưa được báo cáo tiến độ trong kỳ hiện tại (theo ngày asOf)")
    Map<String, List<MissingReport>> missing(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return Map.of("items", schedules.missing(user, asOf));
    }

    @GetMapping("/reports/missing")
    String page(CurrentUser user, Model model) {
        model.addAttribute("items", schedules.missing(user, null));
        return "plans/missing-reports";
    }

    record Schedule(ReportFrequency frequency) {
    }
}
