package vn.nhiemvu.area.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.format.annotation.DateTimeFormat;
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
import vn.nhiemvu.area.AreaBoard;
import vn.nhiemvu.area.AreaDetail;
import vn.nhiemvu.area.AreaDraft;
import vn.nhiemvu.area.AreaFigures;
import vn.nhiemvu.area.ManagementArea;
import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.shared.Message;

/** The management areas, their boards and a task's areas as JSON. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Lĩnh vực quản lý", description = "12 lĩnh vực quản lý (đầu mối, nhiệm vụ thuộc lĩnh vực, số liệu theo lĩnh vực)")
class AreaApiController {

    private static final String FORMULA = Message.of("areas.formula").vietnamese();

    private final ManagementAreas areas;
    private final Organization organization;

    AreaApiController(ManagementAreas areas, Organization organization) {
        this.areas = areas;
        this.organization = organization;
    }

    @GetMapping("/areas")
    @Operation(summary = "Các lĩnh vực với số nhiệm vụ theo trạng thái tính đến asOf, tỷ lệ đúng hạn trên số đến hạn trong kỳ "
            + "(mặc định cả năm của asOf), số quá hạn; chỉ tính nhiệm vụ người đọc được xem")
    BoardJson board(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        AreaBoard board = areas.board(user, from, to, asOf, policy);
        return new BoardJson(board.from(), board.to(), board.asOf(), FORMULA,
                board.areas().stream().map(AreaApiController::json).toList());
    }

    @GetMapping("/areas/{code}")
    @Operation(summary = "Một lĩnh vực: số liệu, các nhiệm vụ quá hạn, xếp hạng đơn vị chủ trì trong lĩnh vực")
    DetailJson detail(CurrentUser user, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        AreaDetail d = areas.detail(user, code, from, to, asOf, policy);
        return new DetailJson(d.from(), d.to(), d.asOf(), FORMULA, json(d.figures()), d.overdue(), d.units().stream().map(AreaApiController::json).toList());
    }

    @PostMapping("/areas")
    @Operation(summary = "Thêm lĩnh vực (Văn phòng Bộ, quản trị hệ thống)")
    ResponseEntity<AreaJson> create(CurrentUser user, @RequestBody AreaRequest request) {
        ManagementArea area = areas.create(user, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/areas/" + area.code())).body(json(area));
    }

    @PutMapping("/areas/{code}")
    @Operation(summary = "Sửa lĩnh vực (Văn phòng Bộ, quản trị hệ thống)")
    AreaJson update(CurrentUser user, @PathVariable String code, @RequestBody AreaRequest request) {
        return json(areas.update(user, code, request.draft()));
    }

    @GetMapping("/tasks/{id}/areas")
    @Operation(summary = "Các lĩnh vực của một nhiệm vụ")
    TaskAreasJson taskAreas(CurrentUser user, @PathVariable long id) {
        return new TaskAreasJson(id, areas.areasOf(user, id).stream().map(this::json).toList());
    }

    @PutMapping("/tasks/{id}/areas")
    @Operation(summary = "Đặt các lĩnh vực của một nhiệm vụ (Văn phòng Bộ, quản trị hệ thống, đơn vị chủ trì): {\"areas\": [\"PHAPLUAT\"]}")
    TaskAreasJson assign(CurrentUser user, @PathVariable long id, @RequestBody AssignRequest request) {
        return new TaskAreasJson(id, areas.assign(user, id, request.areas()).stream().map(this::json).toList());
    }

    private AreaJson json(ManagementArea a) {
        String focal = a.focalUnitId() == null ? null
                : organization.unit(a.agencyId(), a.focalUnitId()).map(Unit::code).orElse(null);
        return new AreaJson(a.code(), a.name(), focal, a.focalNote(), a.sortOrder());
    }

    private static FiguresJson json(AreaFigures f) {
        return new FiguresJson(f.area().code(), f.area().name(), f.focalUnitName(), f.area().focalNote(), f.tasks(),
                f.byStatus(), f.due().due(), f.due().onTime(), f.due().late(), f.due().overdue(), f.onTimeRate(),
                f.overdue());
    }

    private static UnitJson json(Scorecard c) {
        return new UnitJson(c.rank(), c.key(), c.name(), c.due(), c.onTime(), c.late(), c.overdue(), c.onTimeRate(),
                c.workingDaysLate());
    }

    record AreaRequest(String code, String name, String focalUnit, String focalNote, Integer sortOrder) {

        AreaDraft draft() {
            return new AreaDraft(code, name, focalUnit, focalNote, sortOrder);
        }
    }

    record AssignRequest(List<String> areas) {
    }

    record AreaJson(String code, String name, String focalUnit, String focalNote, int sortOrder) {
    }

    record TaskAreasJson(long taskId, List<AreaJson> areas) {
    }

    /**
     * @param due     tasks due in the period: dueOnTime + dueLate + dueOverdue
     * @param overdue open tasks past their deadline as of the date, whatever the period
     */
    record FiguresJson(String code, String name, String focalUnit, String focalNote, long tasks,
            Map<TaskStatus, Long> byStatus, long due, long dueOnTime, long dueLate, long dueOverdue, Double onTimeRate,
            long overdue) {
    }

    record BoardJson(LocalDate from, LocalDate to, LocalDate asOf, String formula, List<FiguresJson> areas) {
    }

    record UnitJson(int rank, String code, String name, long due, long onTime, long late, long overdue,
            Double onTimeRate, long workingDaysLate) {
    }

    record DetailJson(LocalDate from, LocalDate to, LocalDate asOf, String formula, FiguresJson area, List<AreaDetail.OverdueTask> overdueTasks, List<UnitJson> units) {
    }
}
