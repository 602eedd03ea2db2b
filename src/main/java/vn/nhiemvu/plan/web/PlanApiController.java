package vn.nhiemvu.plan.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.MilestoneDraft;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.plan.TaskPlan;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

@RestController
@RequestMapping("/api/v1/tasks/{taskId}")
class PlanApiController {

    private final Plans plans;
    private final Clock clock;

    PlanApiController(Plans plans, Clock clock) {
        this.plans = plans;
        this.clock = clock;
    }

    @GetMapping("/plan")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Kế hoạch thực hiện của nhiệm vụ: phiên bản đang có hiệu lực, phiên bản mới nhất, mọi phiên bản và thao tác được phép")
    TaskPlan plan(CurrentUser user, @PathVariable long taskId) {
        return plans.plan(user, taskId);
    }

    @GetMapping("/plan/versions/{number}")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Một phiên bản kế hoạch; ETag là phiên bản lưu trữ hiện tại")
    ResponseEntity<PlanVersion> version(CurrentUser user, @PathVariable long taskId, @PathVariable int number) {
        return withETag(ResponseEntity.ok(), plans.version(user, taskId, number));
    }

    @PostMapping("/plan/versions")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Lập dự thảo kế hoạch (phiên bản đầu, hoặc phiên bản mới của kế hoạch đã phê duyệt) — đơn vị chủ trì hoặc Văn phòng Bộ")
    ResponseEntity<PlanVersion> draft(CurrentUser user, @PathVariable long taskId,
            @RequestBody(required = false) PlanRequest request) {
        PlanVersion created = plans.draft(user, taskId, milestones(request));
        return withETag(ResponseEntity.created(
                URI.create("/api/v1/tasks/" + taskId + "/plan/versions/" + created.number())), created);
    }

    @PutMapping("/plan/versions/{number}")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Sửa dự thảo (hoặc bản bị trả lại); bắt buộc If-Match bằng ETag đã đọc, nếu đã cũ trả 412")
    ResponseEntity<PlanVersion> edit(CurrentUser user, @PathVariable long taskId, @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) PlanRequest request) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ConflictException(ConflictException.Kind.VERSION_REQUIRED,
                    Message.of("conflict.plan.if-match.missing"));
        }
        return withETag(ResponseEntity.ok(), plans.edit(user, taskId, number, version(ifMatch), milestones(request)));
    }

    @PostMapping("/plan/versions/{number}/submission")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Trình Lãnh đạo Bộ phụ trách phê duyệt; If-Match tùy chọn")
    ResponseEntity<PlanVersion> submit(CurrentUser user, @PathVariable long taskId, @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), plans.submit(user, taskId, number, optionalVersion(ifMatch)));
    }

    @PostMapping("/plan/versions/{number}/approval")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Phê duyệt kế hoạch đã trình (Lãnh đạo Bộ phụ trách); phiên bản đã phê duyệt trước đó được thay thế")
    ResponseEntity<PlanVersion> approve(CurrentUser user, @PathVariable long taskId, @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        return withETag(ResponseEntity.ok(), plans.approve(user, taskId, number, optionalVersion(ifMatch)));
    }

    @PostMapping("/plan/versions/{number}/return")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Trả lại kế hoạch đã trình kèm ý kiến (Lãnh đạo Bộ phụ trách); đơn vị sửa và trình lại")
    ResponseEntity<PlanVersion> returnPlan(CurrentUser user, @PathVariable long taskId, @PathVariable int number,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody(required = false) ReturnRequest request) {
        return withETag(ResponseEntity.ok(), plans.returnPlan(user, taskId, number, optionalVersion(ifMatch),
                request == null ? null : request.comment()));
    }

    @PostMapping("/plan/milestones/{milestoneId}/completion")
    @Tag(name = "Kế hoạch thực hiện")
    @Operation(summary = "Ghi nhận hoàn thành một mốc của kế hoạch đã phê duyệt; completedOn không sau hôm nay (mặc định hôm nay)")
    ResponseEntity<PlanVersion> complete(CurrentUser user, @PathVariable long taskId, @PathVariable long milestoneId,
            @RequestBody(required = false) MilestoneCompletionRequest request) {
        LocalDate date = request == null || request.completedOn() == null ? LocalDate.now(clock) : request.completedOn();
        return withETag(ResponseEntity.ok(), plans.completeMilestone(user, taskId, milestoneId, date));
    }

    @GetMapping("/progress-reports")
    @Tag(name = "Báo cáo tiến độ")
    @Operation(summary = "Các báo cáo tiến độ của nhiệm vụ, mới nhất trước")
    Map<String, Object> reports(CurrentUser user, @PathVariable long taskId) {
        return Map.of("items", plans.reports(user, taskId));
    }

    @PostMapping("/progress-reports")
    @Tag(name = "Báo cáo tiến độ")
    @Operation(summary = "Gửi báo cáo tiến độ: tỷ lệ hoàn thành, việc đã làm, khó khăn vướng mắc, việc tiếp theo, có thể theo mốc")
    ResponseEntity<ProgressReport> report(CurrentUser user, @PathVariable long taskId,
            @RequestBody(required = false) ProgressReportDraft request) {
        ProgressReport created = plans.report(user, taskId, request);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + taskId + "/progress-reports")).body(created);
    }

    record PlanRequest(List<MilestoneDraft> milestones) {
    }

    record ReturnRequest(String comment) {
    }

    record MilestoneCompletionRequest(LocalDate completedOn) {
    }

    private static List<MilestoneDraft> milestones(PlanRequest request) {
        if (request == null) {
            throw InvalidInputException.of("milestones", Message.of("invalid.plan.milestones.required"));
        }
        return request.milestones();
    }

    private static ResponseEntity<PlanVersion> withETag(ResponseEntity.BodyBuilder builder, PlanVersion v) {
        return builder.eTag("\"" + v.version() + "\"").body(v);
    }

    private static Long optionalVersion(String ifMatch) {
        return ifMatch == null || ifMatch.isBlank() ? null : version(ifMatch);
    }

    private static long version(String ifMatch) {
        String value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        try {
            return Long.parseLong(value.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw new ConflictException(ConflictException.Kind.STALE_VERSION,
                    Message.of("conflict.plan.if-match.stale"));
        }
    }
}
