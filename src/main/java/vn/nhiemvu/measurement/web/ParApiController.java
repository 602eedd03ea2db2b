package vn.nhiemvu.measurement.web;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

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
import vn.nhiemvu.measurement.ParCriterionDraft;
import vn.nhiemvu.measurement.ParIndex;
import vn.nhiemvu.measurement.ParSheet;
import vn.nhiemvu.measurement.ParView;

/** The PAR index's structure, the self-assessed scores and the year's total as JSON. */
@RestController
@RequestMapping("/api/v1/par")
@Tag(name = "Chỉ số cải cách hành chính", description = "Cấu trúc tiêu chí theo năm, điểm tự chấm của đơn vị kèm minh chứng, tổng điểm")
class ParApiController {

    private final ParIndex par;
    private final Clock clock;

    ParApiController(ParIndex par, Clock clock) {
        this.par = par;
        this.clock = clock;
    }

    @GetMapping
    @Operation(summary = "Bảng tự chấm điểm của năm (mặc định năm nay): các tiêu chí, điểm tối đa (null: chưa xác nhận), điểm tự chấm, minh chứng, tổng")
    SheetJson sheet(CurrentUser user, @RequestParam(required = false) Integer year) {
        return json(par.sheet(user, year == null ? LocalDate.now(clock).getYear() : year));
    }

    @PutMapping("/{year}/criteria/{code}")
    @Operation(summary = "Thêm hoặc sửa một lĩnh vực, tiêu chí, tiêu chí thành phần (Văn phòng Bộ, quản trị hệ thống)")
    SheetJson define(CurrentUser user, @PathVariable int year, @PathVariable String code,
            @RequestBody CriterionRequest request) {
        return json(par.define(user, year, code, new ParCriterionDraft(request.name(), request.maxPoints(),
                request.survey(), request.ownerUnit(), request.sortOrder())));
    }

    @PostMapping("/{year}/criteria/{code}/scores")
    @Operation(summary = "Tự chấm điểm một tiêu chí kèm minh chứng (đơn vị chịu trách nhiệm, Văn phòng Bộ)")
    ResponseEntity<SheetJson> assess(CurrentUser user, @PathVariable int year, @PathVariable String code,
            @RequestBody ScoreRequest request) {
        return ResponseEntity.status(201)
                .body(json(par.assess(user, year, code, request.points(), request.evidence(), request.note())));
    }

    private static SheetJson json(ParView v) {
        ParSheet s = v.sheet();
        return new SheetJson(s.year(), s.totalPoints(), s.surveyPoints(), s.assessable(), s.selfAssessed(),
                s.unconfirmed(), s.rows().stream().map(r -> new CriterionJson(r.criterion().code(), r.criterion().level(),
                        r.criterion().name(), r.criterion().maxPoints(), r.criterion().survey(),
                        r.criterion().ownerUnitId() == null ? null : v.unitCodes().get(r.criterion().ownerUnitId()),
                        r.leaf(), r.score() == null ? null : r.score().points(),
                        r.score() == null ? null : r.score().evidence(), r.score() == null ? null : r.score().recordedBy(),
                        r.score() == null ? null : r.score().recordedAt())).toList());
    }

    record CriterionRequest(String name, BigDecimal maxPoints, Boolean survey, String ownerUnit, Integer sortOrder) {
    }

    record ScoreRequest(BigDecimal points, String evidence, String note) {
    }

    record CriterionJson(String code, int level, String name, BigDecimal maxPoints, boolean survey, String ownerUnit,
            boolean leaf, BigDecimal points, String evidence, String scoredBy, Instant scoredAt) {
    }

    /**
     * @param assessable   totalPoints − surveyPoints: what the self-assessment can give
     * @param selfAssessed the sum of the leaves' latest scores
     * @param unconfirmed  self-assessed leaves whose maximum is not entered yet
     */
    record SheetJson(int year, BigDecimal totalPoints, BigDecimal surveyPoints, BigDecimal assessable,
            BigDecimal selfAssessed, int unconfirmed, List<CriterionJson> criteria) {
    }
}
