package vn.nhiemvu.dashboard.web;

import java.time.LocalDate;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.dashboard.Dashboard;
import vn.nhiemvu.dashboard.Dashboards;
import vn.nhiemvu.dashboard.Recount;
import vn.nhiemvu.dashboard.internal.DashboardStream;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Bảng điều hành")
class DashboardApiController {

    private final Dashboards dashboards;
    private final DashboardStream stream;

    DashboardApiController(Dashboards dashboards, DashboardStream stream) {
        this.dashboards = dashboards;
        this.stream = stream;
    }

    @GetMapping("/dashboard")
    @Operation(summary = "Số nhiệm vụ theo tình trạng: toàn Bộ, theo đơn vị, theo Lãnh đạo Bộ, xu hướng 12 tháng; asOf từ hôm nay trở đi; "
            + "format=compact: số liệu đơn vị thành dãy số theo thứ tự columns")
    Object dashboard(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String format) {
        checkFormat(format);
        Dashboard dashboard = dashboards.dashboard(user, asOf);
        return format == null ? dashboard : Dashboard.Compact.of(dashboard);
    }

    @GetMapping("/dashboard/units")
    @Operation(summary = "Số nhiệm vụ theo tình trạng (kể cả quá hạn) của từng đơn vị, mọi đơn vị trong một lần gọi; "
            + "format=compact: mỗi đơn vị một dãy số theo thứ tự columns, tên đơn vị lấy từ /api/v1/units")
    Object units(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) String format) {
        checkFormat(format);
        Dashboard.Units units = dashboards.units(user, asOf);
        return format == null ? units : Dashboard.CompactUnits.of(units);
    }

    /** Null (the full answer) or compact (the units as rows of numbers). */
    private static void checkFormat(String format) {
        if (format != null && !format.equals("compact")) {
            throw InvalidInputException.of("format", Message.of("invalid.dashboard.format.required"));
        }
    }

    @GetMapping(path = "/dashboard/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Sự kiện (SSE) \"task-changed\" mỗi khi một nhiệm vụ thay đổi, để tải lại số liệu")
    SseEmitter stream(CurrentUser user) {
        return stream.open(user);
    }

    @PostMapping("/admin/dashboard/recount")
    @Operation(summary = "Đếm lại toàn bộ nhiệm vụ, so với số liệu tích lũy, nêu chênh lệch và sửa (quản trị)")
    Recount recount(CurrentUser user) {
        return dashboards.recount(user);
    }
}
