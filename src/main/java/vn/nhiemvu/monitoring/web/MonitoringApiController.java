package vn.nhiemvu.monitoring.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

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
import vn.nhiemvu.monitoring.Monitoring;
import vn.nhiemvu.monitoring.MonitoringPermissions;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.UrgingLetter;
import vn.nhiemvu.monitoring.UrgingLetters;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Theo dõi, cảnh báo, đôn đốc", description = "Thông báo tự động, quy tắc theo dõi và phiếu đôn đốc")
class MonitoringApiController {

    private final Monitoring monitoring;
    private final UrgingLetters urging;
    private final Clock clock;

    MonitoringApiController(Monitoring monitoring, UrgingLetters urging, Clock clock) {
        this.monitoring = monitoring;
        this.urging = urging;
        this.clock = clock;
    }

    @GetMapping("/notices")
    @Operation(summary = "Lịch sử thông báo (mới nhất trước): Văn phòng, Pháp chế, quản trị thấy cả Bộ; người khác thấy thông báo gửi mình")
    Map<String, List<Notice>> notices(CurrentUser user, @RequestParam(required = false) Long taskId,
            @RequestParam(defaultValue = "100") int limit) {
        return Map.of("items", monitoring.notices(user, taskId, limit));
    }

    @GetMapping("/monitoring/rules")
    @Operation(summary = "Quy tắc theo dõi của cơ quan (ngày làm việc)")
    MonitoringRules rules(CurrentUser user) {
        return monitoring.rules(user.agencyId());
    }

    /**
     * The rules as sent; every field is required. {@code dueSoonWorkingDays} was one of them until the evaluation
     * policy's became the one due-soon setting (ADR 0029): sent, it is refused rather than silently dropped.
     */
    record RulesRequest(Integer dueSoonWorkingDays, Integer repeatWorkingDays, Integer escalateAfterWorkingDays,
            Integer requestDecisionWorkingDays, Boolean weeklyDigest) {

        MonitoringRules toRules() {
            var errors = new InvalidInputException.Collector();
            if (dueSoonWorkingDays != null) {
                errors.add("dueSoonWorkingDays", Message.of("invalid.monitoring.due-soon-working-days.invalid"));
            }
            required(errors, "repeatWorkingDays", repeatWorkingDays);
            required(errors, "escalateAfterWorkingDays", escalateAfterWorkingDays);
            required(errors, "requestDecisionWorkingDays", requestDecisionWorkingDays);
            required(errors, "weeklyDigest", weeklyDigest);
            errors.throwIfAny();
            return new MonitoringRules(repeatWorkingDays, escalateAfterWorkingDays,
                    requestDecisionWorkingDays, weeklyDigest, true);
        }

        private static void required(InvalidInputException.Collector errors, String field, Object value) {
            if (value == null) {
                errors.add(field, Message.of("invalid.monitoring.rule.required", field));
            }
        }
    }

    @PutMapping("/monitoring/rules")
    @Operation(summary = "Đặt quy tắc theo dõi của cơ quan (Văn phòng Bộ, quản trị)")
    MonitoringRules updateRules(CurrentUser user, @RequestBody(required = false) RulesRequest rules) {
        if (rules == null) {
            throw InvalidInputException.of("repeatWorkingDays", Message.of("invalid.monitoring.repeat-working-days.required"));
        }
        return monitoring.updateRules(user, rules.toRules());
    }

    @PostMapping("/monitoring/sweeps")
    @Operation(summary = "Chạy rà soát ngay cho hôm nay (Văn phòng Bộ, quản trị); mỗi thông báo chỉ gửi một lần")
    Map<String, Object> sweep(CurrentUser user) {
        MonitoringPermissions.POLICY.checkAny(user, MonitoringPermissions.Action.RUN_SWEEP);
        LocalDate today = LocalDate.now(clock);
        return Map.of("asOf", today, "sent", monitoring.sweep(today));
    }

    /** @param unitId null: every unit with overdue or due-soon tasks */
    record UrgingRequest(Long unitId) {
    }

    @PostMapping("/urging-letters")
    @Operation(summary = "Gửi phiếu đôn đốc cho một đơn vị (hoặc mọi đơn vị có nhiệm vụ quá hạn, sắp đến hạn)")
    ResponseEntity<Map<String, List<UrgingLetter>>> issue(CurrentUser user, @RequestBody(required = false) UrgingRequest request) {
        return ResponseEntity.status(201).body(Map.of("items", urging.issue(user, request == null ? null : request.unitId())));
    }

    @GetMapping("/urging-letters")
    @Operation(summary = "Các phiếu đôn đốc, mới nhất trước (đơn vị: phiếu gửi đơn vị mình)")
    Map<String, List<UrgingLetter>> letters(CurrentUser user, @RequestParam(required = false) Long taskId) {
        return Map.of("items", urging.list(user, taskId));
    }

    @GetMapping("/urging-letters/{id}")
    UrgingLetter letter(CurrentUser user, @PathVariable long id) {
        return urging.get(user, id);
    }

    @GetMapping("/urging-letters/{id}/pdf")
    @Operation(summary = "Tệp PDF của phiếu đôn đốc")
    ResponseEntity<byte[]> pdf(CurrentUser user, @PathVariable long id) {
        return pdfResponse(urging.get(user, id), urging.pdf(user, id));
    }

    static ResponseEntity<byte[]> pdfResponse(UrgingLetter letter, byte[] pdf) {
        return pdfResponse("phieu-don-doc-" + letter.number().replace('/', '-') + ".pdf", pdf);
    }

    /** A PDF to read in the browser (inline), saved under the name. */
    static ResponseEntity<byte[]> pdfResponse(String fileName, byte[] pdf) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(fileName).build().toString())
                .body(pdf);
    }
}
