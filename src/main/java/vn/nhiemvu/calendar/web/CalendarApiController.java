package vn.nhiemvu.calendar.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.calendar.CalendarDay;
import vn.nhiemvu.calendar.CalendarDays;
import vn.nhiemvu.calendar.DayKind;
import vn.nhiemvu.calendar.NewCalendarDay;
import vn.nhiemvu.calendar.Occasion;
import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.identity.CurrentUser;

@RestController
@RequestMapping("/api/v1/calendar")
@Tag(name = "Lịch làm việc", description = "Ngày làm việc, ngày lễ, Tết, nghỉ bù và làm bù theo thông báo của Chính phủ")
class CalendarApiController {

    static final String PROPOSAL = "Đề xuất theo Bộ luật Lao động, chưa có thông báo chính thức";
    static final String OFFICIAL = "Chính thức";

    private final WorkingCalendar calendar;
    private final CalendarDays days;

    CalendarApiController(WorkingCalendar calendar, CalendarDays days) {
        this.calendar = calendar;
        this.days = days;
    }

    @GetMapping("/{year}")
    @Operation(summary = "Các ngày thường bị thay đổi trong năm: ngày thứ Hai–thứ Sáu được nghỉ và ngày thứ Bảy, "
            + "Chủ nhật phải đi làm, kèm lý do và văn bản; năm chưa có thông báo dùng đề xuất theo luật")
    YearJson year(@PathVariable int year) {
        List<DayJson> changed = days.year(year).stream().filter(d -> d.weekend() == d.working())
                .map(CalendarApiController::json).toList();
        long working = calendar.workingDaysBetween(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return new YearJson(year, days.hasOfficialRows(year), working, changed);
    }

    @GetMapping("/working-days")
    @Operation(summary = "Số ngày làm việc từ ngày from đến ngày to, tính cả hai đầu (0 nếu to trước from)")
    WorkingDaysJson workingDays(
            @Parameter(description = "Ngày đầu, YYYY-MM-DD") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "Ngày cuối, YYYY-MM-DD") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return new WorkingDaysJson(from, to, calendar.workingDaysBetween(from, to));
    }

    @GetMapping("/add-working-days")
    @Operation(summary = "Ngày làm việc thứ N kể từ ngày sau ngày date (Bộ luật Dân sự, Điều 147); N âm thì lùi lại; "
            + "N = 0 cho chính ngày đó nếu là ngày làm việc, nếu không thì ngày làm việc kế tiếp")
    AddJson addWorkingDays(
            @Parameter(description = "Ngày gốc, YYYY-MM-DD") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @Parameter(description = "Số ngày làm việc") @RequestParam int days) {
        return new AddJson(date, days, calendar.addWorkingDays(date, days));
    }

    @PostMapping("/days")
    @Operation(summary = "Ghi một ngày theo văn bản thông báo (quản trị hệ thống): ngày lễ, nghỉ hoán đổi, nghỉ bù "
            + "hoặc làm việc bù; các ngày của một dịp (occasion) thay cho đề xuất theo luật của dịp đó trong năm")
    ResponseEntity<DayJson> record(CurrentUser user, @RequestBody DayRequest request) {
        CalendarDay day = days.record(user, new NewCalendarDay(request.date(), request.kind(), request.occasion(),
                request.reason(), request.sourceDocument()));
        return ResponseEntity.created(URI.create("/api/v1/calendar/days/" + day.date())).body(json(day));
    }

    @DeleteMapping("/days/{date}")
    @Operation(summary = "Xóa một ngày đã ghi (quản trị hệ thống)")
    ResponseEntity<Void> remove(CurrentUser user,
            @PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        days.remove(user, date);
        return ResponseEntity.noContent().build();
    }

    static DayJson json(CalendarDay d) {
        return new DayJson(d.date(), d.kind(), d.kind().label(), d.occasion(), d.reason(), d.source(), d.official(),
                d.official() ? OFFICIAL : PROPOSAL);
    }

    record YearJson(int year, boolean officialRows, long workingDays, List<DayJson> days) {
    }

    record DayJson(LocalDate date, DayKind kind, String kindLabel, Occasion occasion, String reason, String source,
            boolean official, String status) {
    }

    record DayRequest(LocalDate date, DayKind kind, Occasion occasion, String reason, String sourceDocument) {
    }

    record WorkingDaysJson(LocalDate from, LocalDate to, long workingDays) {
    }

    record AddJson(LocalDate date, int days, LocalDate result) {
    }
}
