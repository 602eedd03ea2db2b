package vn.nhiemvu.people.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.people.People;
import vn.nhiemvu.people.PeriodSheets;
import vn.nhiemvu.people.Person;
import vn.nhiemvu.people.SheetRules;
import vn.nhiemvu.people.TaskWorkItem;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/** People, their work items and their sheets as JSON (ADR 0040); a person is named by their username. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Người thực hiện, phiếu đánh giá", description = "Người thực hiện nhiệm vụ, quy đổi sản phẩm/công việc, "
        + "phiếu đánh giá theo Nghị định 335/2025/NĐ-CP")
class PeopleApiController {

    private final People people;
    private final SheetExports exports;

    PeopleApiController(People people, SheetExports exports) {
        this.people = people;
        this.exports = exports;
    }

    @GetMapping("/tasks/{id}/work-item")
    @Operation(summary = "Nhiệm vụ như một sản phẩm/công việc: người thực hiện, hệ số quy đổi, kiểm tra chất lượng, "
            + "nguyên nhân khách quan")
    TaskWorkItem workItem(CurrentUser user, @PathVariable long id) {
        return people.workItem(user, id);
    }

    @PutMapping("/tasks/{id}/performers")
    @Operation(summary = "Đặt người thực hiện (trưởng đơn vị chủ trì): {\"performers\": [\"cdsqg.an\"]}")
    TaskWorkItem performers(CurrentUser user, @PathVariable long id, @RequestBody PerformersRequest request) {
        return people.choosePerformers(user, id, request.performers());
    }

    @PutMapping("/tasks/{id}/weight")
    @Operation(summary = "Hệ số quy đổi của nhiệm vụ (trưởng đơn vị chủ trì): {\"weight\": 2}")
    TaskWorkItem weight(CurrentUser user, @PathVariable long id, @RequestBody WeightRequest request) {
        return people.setWeight(user, id, request.weight());
    }

    @PostMapping("/tasks/{id}/quality-checks")
    @Operation(summary = "Kết quả kiểm tra chất lượng sản phẩm của một người thực hiện (trưởng đơn vị chủ trì)")
    ResponseEntity<TaskWorkItem> check(CurrentUser user, @PathVariable long id, @RequestBody CheckRequest request) {
        return ResponseEntity.status(201).body(people.recordCheck(user, id, request.performer(), request.checkedOn(),
                Boolean.TRUE.equals(request.passed()), request.note()));
    }

    @PostMapping("/tasks/{id}/objective-causes")
    @Operation(summary = "Nguyên nhân khách quan đã được cấp có thẩm quyền xác nhận, kèm văn bản (Lãnh đạo Bộ, Văn phòng Bộ)")
    ResponseEntity<TaskWorkItem> cause(CurrentUser user, @PathVariable long id, @RequestBody CauseRequest request) {
        return ResponseEntity.status(201).body(people.recordObjectiveCause(user, id, request.performer(),
                request.decision(), request.decidedOn(), request.cause()));
    }

    @GetMapping("/people")
    @Operation(summary = "Những người có phiếu mà người đọc được xem")
    List<Person> readable(CurrentUser user) {
        return people.readable(user);
    }

    @GetMapping(value = "/people/sheets", produces = "application/json")
    @Operation(summary = "Phiếu đánh giá của mọi người mà người đọc được xem, theo kỳ, tính đến ngày asOf, kèm kiểm tra "
            + "giới hạn 20 % hoàn thành xuất sắc; theo lược đồ /schemas/people-sheets-1.0.schema.json")
    ResponseEntity<String> periodJson(CurrentUser user, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PeriodSheets sheets = people.sheets(user, period, asOf);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename("phieu-danh-gia-" + sheets.period().key() + ".json").build().toString())
                .contentType(MediaType.APPLICATION_JSON).body(exports.json(sheets));
    }

    @GetMapping("/people/sheets.xlsx")
    @Operation(summary = "Phiếu đánh giá của một kỳ dưới dạng .xlsx (một dòng mỗi người, một dòng mỗi sản phẩm/công việc)")
    ResponseEntity<byte[]> periodXlsx(CurrentUser user, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        PeriodSheets sheets = people.sheets(user, period, asOf);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("phieu-danh-gia-" + sheets.period().key() + ".xlsx").build().toString())
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .body(exports.xlsx(sheets));
    }

    @GetMapping("/people/{username}/year")
    @Operation(summary = "Xếp loại cả năm (Điều 19 Nghị định 335): các quý tính đến asOf, chậm nhất 14/12, và trung bình tổng điểm "
            + "các quý có điểm (cách kết hợp chưa được xác nhận: trung bình là cách hiểu của hệ thống)")
    YearJson year(CurrentUser user, @PathVariable String username, @RequestParam int year,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        SheetRules.YearRating r = people.year(user, username, year, asOf);
        return new YearJson(r.year(), Message.of("people.year.rule").vietnamese(), r.counted(), r.total(), r.grade(),
                r.sheets().stream().map(s -> new YearJson.Period(s.period().key(), s.reckonedTo(), s.total(), s.grade()))
                        .toList());
    }

    /** @param counted the quarters with a total, which {@code total} is the mean of */
    record YearJson(int year, String rule, int counted, BigDecimal total, vn.nhiemvu.people.Grade grade,
            List<Period> periods) {

        record Period(String period, LocalDate reckonedTo, BigDecimal total, vn.nhiemvu.people.Grade grade) {
        }
    }

    /** Items sent per page of one person's sheet unless asked otherwise, and at most. */
    static final int ITEMS_PER_PAGE = 100;
    static final int MAX_ITEMS_PER_PAGE = 1000;

    @GetMapping("/people/{username}/sheets")
    @Operation(summary = "Phiếu đánh giá của một người theo kỳ (period=2026-Q3 hoặc 2026-11) tính đến ngày asOf; "
            + "các sản phẩm/công việc được tính gửi theo trang (page từ 0, size mặc định 100, tối đa 1000; "
            + "itemPage.count là tổng số), các tổng và điểm là của cả phiếu; mỗi lần xem được ghi nhật ký")
    SheetJson sheet(CurrentUser user, @PathVariable String username, @RequestParam(required = false) String period,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        var errors = new InvalidInputException.Collector();
        if (page != null && page < 0) {
            errors.add("page", Message.of("invalid.people.page"));
        }
        if (size != null && (size < 1 || size > MAX_ITEMS_PER_PAGE)) {
            errors.add("size", Message.of("invalid.people.size", MAX_ITEMS_PER_PAGE));
        }
        errors.throwIfAny();
        return SheetJson.of(people.sheet(user, username, period, asOf),
                new SheetJson.ItemPage(page == null ? 0 : page, size == null ? ITEMS_PER_PAGE : size, 0));
    }

    @PutMapping("/people/{username}/general-points")
    @Operation(summary = "Điểm tiêu chí chung của một người trong một kỳ (trưởng đơn vị): {\"period\": \"2026-Q3\", \"points\": 27}")
    ResponseEntity<Void> general(CurrentUser user, @PathVariable String username, @RequestBody GeneralRequest request) {
        people.enterGeneralPoints(user, username, request.period(), request.points(), request.note());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/units/{code}/head")
    @Operation(summary = "Chỉ định trưởng đơn vị (Văn phòng Bộ, quản trị hệ thống): {\"username\": \"cdsqg\"}")
    ResponseEntity<Void> head(CurrentUser user, @PathVariable String code, @RequestBody HeadRequest request) {
        people.designateHead(user, code, request.username());
        return ResponseEntity.noContent().build();
    }

    record PerformersRequest(List<String> performers) {
    }

    record WeightRequest(BigDecimal weight) {
    }

    record CheckRequest(String performer, LocalDate checkedOn, Boolean passed, String note) {
    }

    record CauseRequest(String performer, String decision, LocalDate decidedOn, String cause) {
    }

    record GeneralRequest(String period, BigDecimal points, String note) {
    }

    record HeadRequest(String username) {
    }
}
