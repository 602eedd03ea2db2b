package vn.nhiemvu.measurement.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
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
import vn.nhiemvu.identity.ApiTokens;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.measurement.Direction;
import vn.nhiemvu.measurement.Frequency;
import vn.nhiemvu.measurement.Indicator;
import vn.nhiemvu.measurement.IndicatorDraft;
import vn.nhiemvu.measurement.IndicatorStanding;
import vn.nhiemvu.measurement.IndicatorStatus;
import vn.nhiemvu.measurement.IndicatorValue;
import vn.nhiemvu.measurement.IndicatorView;
import vn.nhiemvu.measurement.Indicators;
import vn.nhiemvu.measurement.TaskMetric;
import vn.nhiemvu.measurement.ValueChannel;
import vn.nhiemvu.measurement.ValueDraft;
import vn.nhiemvu.shared.Message;

/** The indicators, their values and standings as JSON. */
@RestController
@RequestMapping("/api/v1/indicators")
@Tag(name = "Chỉ tiêu", description = "Chỉ tiêu theo lĩnh vực quản lý: giá trị đo theo kỳ, mức đạt, dự báo cuối năm")
class IndicatorApiController {

    private static final String METHOD = Message.of("measurement.forecast.method").vietnamese();

    private final Indicators indicators;

    IndicatorApiController(Indicators indicators) {
        this.indicators = indicators;
    }

    @GetMapping
    @Operation(summary = "Các chỉ tiêu (lọc theo năm, lĩnh vực) với giá trị mới nhất, mức đạt, dự báo cuối năm và tình trạng "
            + "tính đến asOf (chỉ các giá trị đã ghi đến hết ngày đó)")
    ListJson list(CurrentUser user, @RequestParam(required = false) Integer year,
            @RequestParam(required = false) String area,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return new ListJson(asOf, METHOD, indicators.list(user, year, area, asOf).stream()
                .map(v -> json(v, false)).toList());
    }

    @GetMapping("/{code}")
    @Operation(summary = "Một chỉ tiêu: giá trị có hiệu lực của từng kỳ, lịch sử ghi nhận và đính chính, dự báo")
    IndicatorJson get(CurrentUser user, @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return json(indicators.get(user, code, asOf), true);
    }

    @PostMapping
    @Operation(summary = "Định nghĩa chỉ tiêu (Văn phòng Bộ, quản trị hệ thống)")
    ResponseEntity<IndicatorJson> create(CurrentUser user, @RequestBody IndicatorRequest request) {
        IndicatorView view = indicators.create(user, request.draft());
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + view.indicator().code())).body(json(view, true));
    }

    @PutMapping("/{code}")
    @Operation(summary = "Sửa định nghĩa chỉ tiêu (Văn phòng Bộ, quản trị hệ thống); tần suất và năm không đổi khi đã có giá trị")
    IndicatorJson update(CurrentUser user, @PathVariable String code, @RequestBody IndicatorRequest request) {
        return json(indicators.update(user, code, request.draft()), true);
    }

    @PostMapping("/{code}/values")
    @Operation(summary = "Ghi nhận giá trị đo của một kỳ (đơn vị chịu trách nhiệm, Văn phòng Bộ): {\"period\": \"2026-Q1\", "
            + "\"value\": 42.5, \"source\": \"...\", \"evidence\": \"...\"}; kỳ đã có giá trị thì là đính chính, cần \"correction\"")
    ResponseEntity<IndicatorJson> record(CurrentUser user, @PathVariable String code, @RequestBody ValueRequest request) {
        // A token scoped to the indicator is another system pushing its figures; anything else is a person's script.
        var token = ApiTokens.TokenUse.current().filter(t -> t.scope() != null);
        IndicatorView view = indicators.record(user, code, new ValueDraft(request.period(), request.value(),
                request.source(), request.evidence(), request.correction()),
                token.isPresent() ? ValueChannel.TOKEN : ValueChannel.API,
                token.map(t -> "#" + t.id() + " " + t.name()).orElse(null));
        return ResponseEntity.status(201).body(json(view, true));
    }

    @PostMapping("/{code}/tokens")
    @Operation(summary = "Cấp mã cho hệ thống khác gửi giá trị của riêng chỉ tiêu này (đơn vị chịu trách nhiệm, Văn phòng Bộ): "
            + "mã chỉ đọc chỉ tiêu này và ghi giá trị của nó; giá trị token chỉ trả về một lần này")
    ResponseEntity<ApiTokens.IssuedToken> issueToken(CurrentUser user, @PathVariable String code,
            @RequestBody(required = false) TokenRequest request) {
        return ResponseEntity.status(201).body(indicators.issueToken(user, code, request == null ? null : request.name()));
    }

    @GetMapping("/{code}/tokens")
    @Operation(summary = "Các mã còn hiệu lực của chỉ tiêu (không có giá trị token)")
    List<ApiTokens.TokenInfo> tokens(CurrentUser user, @PathVariable String code) {
        return indicators.tokens(user, code);
    }

    @DeleteMapping("/{code}/tokens/{id}")
    @Operation(summary = "Thu hồi một mã của chỉ tiêu do chính người gọi đã cấp")
    ResponseEntity<Void> revokeToken(CurrentUser user, @PathVariable String code, @PathVariable long id) {
        indicators.revokeToken(user, code, id);
        return ResponseEntity.noContent().build();
    }

    record TokenRequest(String name) {
    }

    private static IndicatorJson json(IndicatorView v, boolean withValues) {
        Indicator i = v.indicator();
        IndicatorStanding s = v.standing();
        return new IndicatorJson(i.id(), i.code(), i.name(), i.unitOfMeasure(), i.direction(), i.target(), i.frequency(),
                i.periodYear(), v.ownerUnitCode(), v.ownerUnitName(), v.areaCode(), v.areaName(), i.note(), i.metric(),
                s.latest() == null ? null : json(s.latest()), s.attainment(), s.forecast(), s.yearEnd(),
                s.trend() == null ? 0 : s.trend().points(), s.status(), Message.of(s.status().code()).vietnamese(),
                withValues ? s.values().stream().map(IndicatorApiController::json).toList() : null,
                withValues ? s.history().stream().map(IndicatorApiController::json).toList() : null);
    }

    private static ValueJson json(IndicatorValue v) {
        return new ValueJson(v.periodKey(), v.periodEnd(), v.value(), v.source(), v.evidence(), v.correction(),
                v.recordedBy(), v.recordedAt(), v.channel(), v.channelRef());
    }

    /** @param metric computed from the area's tasks (null: measured by the unit or pushed by another system) */
    record IndicatorRequest(String code, String name, String unitOfMeasure, Direction direction, BigDecimal target,
            Frequency frequency, Integer year, String ownerUnit, String area, String note, TaskMetric metric) {

        IndicatorDraft draft() {
            return new IndicatorDraft(code, name, unitOfMeasure, direction, target, frequency, year, ownerUnit, area,
                    note, metric);
        }
    }

    record ValueRequest(String period, BigDecimal value, String source, String evidence, String correction) {
    }

    /**
     * @param channel    FORM, API, TOKEN (another system with a token scoped to the indicator) or COMPUTED
     * @param channelRef the token ({@code #id name}) or the metric computed
     */
    record ValueJson(String period, LocalDate periodEnd, BigDecimal value, String source, String evidence,
            String correction, String recordedBy, Instant recordedAt, ValueChannel channel, String channelRef) {
    }

    /**
     * @param attainment     latest / target
     * @param forecast       the linear trend's value on {@code forecastFor} (null: fewer than two values)
     * @param forecastPoints how many values the trend rests on
     * @param values         the value in force of each period (one indicator only)
     * @param history        every value recorded, corrections included, latest first (one indicator only)
     */
    record IndicatorJson(long id, String code, String name, String unitOfMeasure, Direction direction, BigDecimal target,
            Frequency frequency, int year, String ownerUnit, String ownerUnitName, String area, String areaName,
            String note, TaskMetric metric, ValueJson latest, BigDecimal attainment, BigDecimal forecast, LocalDate forecastFor,
            int forecastPoints, IndicatorStatus status, String statusLabel, List<ValueJson> values,
            List<ValueJson> history) {
    }

    record ListJson(LocalDate asOf, String method, List<IndicatorJson> indicators) {
    }
}
