package vn.nhiemvu.reporting.web;

import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.job.JobView;
import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.PeriodicReports;
import vn.nhiemvu.reporting.ReportDelivery;
import vn.nhiemvu.reporting.ReportFormatKind;
import vn.nhiemvu.reporting.ReportSnapshot;
import vn.nhiemvu.reporting.ReportingPeriod;

/** Periodic reports: figures, exports, issued snapshots, sending, background jobs. */
@RestController
@RequestMapping("/api/v1/reports")
@Tag(name = "Báo cáo định kỳ")
class ReportApiController {

    private final PeriodicReports reports;

    ReportApiController(PeriodicReports reports) {
        this.reports = reports;
    }

    @GetMapping("/periods/{key}")
    @Operation(summary = "Số liệu báo cáo kỳ (2020-M11, 2020-Q3, 2020-H1, 2020-9M, 2020-Y) tại 23:59:59 ngày chốt")
    PeriodicReport period(CurrentUser user, @PathVariable String key,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        return reports.report(user, reports.period(key), policy);
    }

    @GetMapping("/periods/{key}/export.{format}")
    @Operation(summary = "Báo cáo kỳ dạng xlsx, pdf, json hoặc xml (báo cáo điện tử, kiểm tra theo lược đồ)")
    ResponseEntity<byte[]> periodExport(CurrentUser user, @PathVariable String key, @PathVariable String format,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        ReportingPeriod period = reports.period(key);
        return download(reports.report(user, period, policy), null, kind, "bao-cao-" + period.key());
    }

    @GetMapping("/custom")
    @Operation(summary = "Số liệu báo cáo cho khoảng thời gian tùy chọn (hai đầu đều tính), tại 23:59:59 ngày cuối")
    PeriodicReport custom(CurrentUser user, @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        return reports.report(user, reports.custom(from, to), policy);
    }

    @GetMapping("/custom/export.{format}")
    ResponseEntity<byte[]> customExport(CurrentUser user, @PathVariable String format,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        ReportingPeriod period = reports.custom(from, to);
        return download(reports.report(user, period, policy), null, kind, "bao-cao-" + period.key());
    }

    /** Optional body of an issue: the document's number and symbol. */
    record IssueRequest(String documentNumber) {
    }

    @PostMapping("/periods/{key}/issue")
    @Operation(summary = "Ban hành báo cáo kỳ: lưu bản chụp số liệu (người ban hành, thời điểm) — Văn phòng Bộ, quản trị")
    ResponseEntity<ReportSnapshot> issue(CurrentUser user, @PathVariable String key,
            @RequestParam(required = false) EvaluationPolicy.Kind policy,
            @RequestBody(required = false) IssueRequest body) {
        ReportSnapshot snapshot = reports.issue(user, reports.period(key), policy,
                body == null ? null : body.documentNumber());
        return ResponseEntity.status(HttpStatus.CREATED).body(snapshot);
    }

    @PostMapping("/custom/issue")
    ResponseEntity<ReportSnapshot> issueCustom(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) EvaluationPolicy.Kind policy,
            @RequestBody(required = false) IssueRequest body) {
        ReportSnapshot snapshot = reports.issue(user, reports.custom(from, to), policy,
                body == null ? null : body.documentNumber());
        return ResponseEntity.status(HttpStatus.CREATED).body(snapshot);
    }

    @PostMapping("/periods/{key}/send")
    @Operation(summary = "Gửi báo cáo điện tử (bản ban hành mới nhất của kỳ) đến hệ thống nhận đã cấu hình, có thử lại; "
            + "201 khi được xác nhận, 502 khi không gửi được (lần gửi vẫn được lưu)")
    ResponseEntity<ReportDelivery> send(CurrentUser user, @PathVariable String key) {
        ReportDelivery delivery = reports.send(user, key);
        return ResponseEntity.status(delivery.state() == ReportDelivery.State.DELIVERED ? HttpStatus.CREATED
                : HttpStatus.BAD_GATEWAY).body(delivery);
    }

    @GetMapping("/periods/{key}/snapshots")
    @Operation(summary = "Các bản báo cáo đã ban hành của kỳ, mới nhất trước")
    List<ReportSnapshot> snapshots(CurrentUser user, @PathVariable String key) {
        return reports.snapshots(user, key);
    }

    @GetMapping("/snapshots/{id}")
    @Operation(summary = "Một bản báo cáo đã ban hành, số liệu đúng như lúc ban hành, kèm các lần gửi và xác nhận")
    ReportSnapshot snapshot(CurrentUser user, @PathVariable long id) {
        return reports.snapshot(user, id);
    }

    @GetMapping("/snapshots/{id}/export.{format}")
    ResponseEntity<byte[]> snapshotExport(CurrentUser user, @PathVariable long id, @PathVariable String format) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        ReportSnapshot snapshot = reports.snapshot(user, id);
        return download(snapshot.report(), snapshot, kind, "bao-cao-" + snapshot.periodKey() + "-ban-hanh-" + id);
    }

    @PostMapping("/periods/{key}/jobs")
    @Operation(summary = "Lập báo cáo kỳ dạng tệp như một công việc nền (theo dõi ở /api/v1/jobs/{id})")
    ResponseEntity<JobView> job(CurrentUser user, @PathVariable String key,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(reports.submit(user, reports.period(key), policy, kind));
    }

    @PostMapping("/custom/jobs")
    ResponseEntity<JobView> customJob(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(defaultValue = "xlsx") String format,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        ReportFormatKind kind = ReportFormatKind.of(format);
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(reports.submit(user, reports.custom(from, to), policy, kind));
    }

    private ResponseEntity<byte[]> download(PeriodicReport report, ReportSnapshot snapshot, ReportFormatKind kind,
            String name) {
        return ReportDownloads.of(reports, report, snapshot, kind, name);
    }
}
