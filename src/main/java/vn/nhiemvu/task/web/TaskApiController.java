package vn.nhiemvu.task.web;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.annotations.ParameterObject;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.audit.AuditEntry;
import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.ETags;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPage;
import vn.nhiemvu.task.TaskQuery;
import vn.nhiemvu.task.TaskView;
import vn.nhiemvu.task.UnitStatusCounts;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nhiệm vụ", description = "Giao, sửa, ghi nhận hoàn thành và tra cứu nhiệm vụ trong phạm vi của người dùng")
class TaskApiController {

    private final TaskManagement tasks;
    private final AuditLog auditLog;
    private final Clock clock;

    TaskApiController(TaskManagement tasks, AuditLog auditLog, Clock clock) {
        this.tasks = tasks;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    @GetMapping("/tasks")
    @Operation(summary = "Danh sách nhiệm vụ trong phạm vi, phân trang bằng con trỏ, theo thứ tự số nhiệm vụ; bộ lọc như trang "
            + "danh sách (status có thể nhiều, cách nhau bằng dấu phẩy; ngày dạng dd/mm/yyyy hoặc yyyy-mm-dd; thời hạn theo "
            + "thời hạn áp dụng)")
    TaskPage list(CurrentUser user, @ParameterObject TaskQuery query, BindingResult binding,
            @RequestParam(required = false) String cursor,
            @RequestParam(defaultValue = "50") int limit) {
        return tasks.list(user, TaskQuery.filter(query, binding), cursor, limit);
    }

    @GetMapping("/tasks/{id}")
    @Operation(summary = "Một nhiệm vụ; ETag là phiên bản hiện tại")
    ResponseEntity<TaskView> get(CurrentUser user, @PathVariable long id,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        return withETag(ResponseEntity.ok(), tasks.get(user, id, asOf, policy));
    }

    @PostMapping("/tasks")
    @Operation(summary = "Giao nhiệm vụ mới (Văn phòng Bộ)")
    ResponseEntity<TaskView> create(CurrentUser user, @RequestBody TaskRequest request) {
        TaskView created = tasks.create(user, request.toDraft());
        return withETag(ResponseEntity.created(URI.create("/api/v1/tasks/" + created.id())), created);
    }

    @PutMapping("/tasks/{id}")
    @Operation(summary = "Sửa nhiệm vụ; bắt buộc If-Match bằng ETag đã đọc, nếu đã cũ trả 412")
    ResponseEntity<TaskView> update(CurrentUser user, @PathVariable long id,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            @RequestBody TaskRequest request) {
        return withETag(ResponseEntity.ok(), tasks.update(user, id, ETags.version(ifMatch), request.toDraft()));
    }

    @PostMapping("/tasks/{id}/completion")
    @Operation(summary = "Ghi nhận hoàn thành khi đủ các bước loại nhiệm vụ cần (xem /api/v1/completion-rules; thiếu bước: 409 "
            + "kèm missingSteps); completedAt (mặc định hôm nay) theo các quy tắc về ngày (sai: 400). Văn phòng Bộ được ghi "
            + "nhận ngoài quy tắc khi nêu reason")
    ResponseEntity<TaskView> complete(CurrentUser user, @PathVariable long id,
            @RequestBody(required = false) TaskCompletionRequest request) {
        LocalDate date = request == null || request.completedAt() == null ? LocalDate.now(clock) : request.completedAt();
        return withETag(ResponseEntity.ok(), tasks.complete(user, id, date, request == null ? null : request.reason()));
    }

    @DeleteMapping("/tasks/{id}")
    @Operation(summary = "Xóa nhiệm vụ nhập nhầm (Văn phòng Bộ, quản trị); lịch sử thay đổi vẫn được giữ")
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable long id) {
        tasks.delete(user, id);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/tasks/{id}/completion")
    @Operation(summary = "Mở lại nhiệm vụ đã ghi nhận hoàn thành")
    ResponseEntity<TaskView> reopen(CurrentUser user, @PathVariable long id) {
        return withETag(ResponseEntity.ok(), tasks.reopen(user, id));
    }

    @PostMapping("/tasks/{id}/deadline-changes")
    @Operation(summary = "Ghi nhận quyết định của Lãnh đạo Bộ về một đề nghị gia hạn (phê duyệt hoặc không)")
    ResponseEntity<TaskView> recordDeadlineChange(CurrentUser user, @PathVariable long id,
            @RequestBody DeadlineChangeRequest request) {
        TaskView view = tasks.recordDeadlineChange(user, id, new DeadlineChangeDraft(request.requestedOn(),
                request.proposedDeadline(), request.approvedDeadline(), request.decision(), request.decidedOn(),
                request.decidedBy(), request.requestRef(), request.reason()));
        return withETag(ResponseEntity.status(201), view);
    }

    @GetMapping("/tasks/{id}/guidance-requests")
    @Operation(summary = "Các đề nghị xin ý kiến chỉ đạo, gia hạn của nhiệm vụ")
    Map<String, Object> guidanceRequests(CurrentUser user, @PathVariable long id) {
        return Map.of("items", tasks.guidanceRequests(user, id));
    }

    @PostMapping("/tasks/{id}/guidance-requests")
    @Operation(summary = "Đơn vị chủ trì xin ý kiến chỉ đạo (GUIDANCE) hoặc đề nghị gia hạn (EXTENSION)")
    ResponseEntity<GuidanceRequest> requestGuidance(CurrentUser user, @PathVariable long id,
            @RequestBody GuidanceRequestBody body) {
        GuidanceRequest request = tasks.requestGuidance(user, id, body.kind(), body.obstacle(), body.proposedSolution(),
                body.proposedDeadline());
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/guidance-requests/" + request.id()))
                .body(request);
    }

    @PostMapping("/tasks/{id}/guidance-requests/{requestId}/decision")
    @Operation(summary = "Lãnh đạo Bộ phụ trách phê duyệt (APPROVE, có thể với ngày khác), không phê duyệt (REJECT) hoặc cho ý kiến (ANSWER)")
    GuidanceRequest decideGuidance(CurrentUser user, @PathVariable long id, @PathVariable long requestId,
            @RequestBody GuidanceDecisionBody body) {
        return tasks.decideGuidance(user, id, requestId, body.decision(), body.approvedDeadline(), body.answer());
    }

    @GetMapping("/tasks/{id}/history")
    @Operation(summary = "Lịch sử thay đổi của nhiệm vụ: ai, khi nào, trước và sau")
    Map<String, Object> history(CurrentUser user, @PathVariable long id) {
        if (!tasks.isVisible(user, id)) {
            throw new NotFoundException(Message.of("notfound.task.task.unknown", id));
        }
        List<AuditEntry> entries = auditLog.history("TASK", id);
        return Map.of("items", entries, "chainIntact", auditLog.verify("TASK", id));
    }

    @GetMapping("/stats/status-by-unit")
    @Operation(summary = "Số nhiệm vụ theo trạng thái của từng đơn vị chủ trì trong phạm vi, tại ngày asOf")
    Map<String, Object> statusByUnit(CurrentUser user,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
            @RequestParam(required = false) EvaluationPolicy.Kind policy) {
        List<UnitStatusCounts> counts = tasks.countByUnit(user, asOf, policy);
        var totals = new EnumMap<TaskStatus, Long>(TaskStatus.class);
        for (TaskStatus status : TaskStatus.values()) {
            totals.put(status, counts.stream().mapToLong(c -> c.counts().get(status)).sum());
        }
        return Map.of("asOf", asOf == null ? LocalDate.now(clock) : asOf,
                "items", counts, "totals", totals);
    }

    record TaskCompletionRequest(@Schema(description = "Ngày hoàn thành (YYYY-MM-DD), mặc định hôm nay") LocalDate completedAt,
            @Schema(description = "Lý do Văn phòng Bộ ghi nhận hoàn thành ngoài quy tắc (thiếu bước, hoặc ngày sớm hơn giới hạn của đơn vị)", maxLength = 2000) String reason) {
    }

    record GuidanceRequestBody(GuidanceRequest.Kind kind, String obstacle, String proposedSolution,
            LocalDate proposedDeadline) {
    }

    record GuidanceDecisionBody(GuidanceRequest.Decision decision, LocalDate approvedDeadline, String answer) {
    }

    record DeadlineChangeRequest(LocalDate requestedOn,
            @Schema(description = "Thời hạn đơn vị đề nghị") LocalDate proposedDeadline,
            @Schema(description = "Thời hạn được phê duyệt, nếu khác thời hạn đề nghị (chỉ khi APPROVED)") LocalDate approvedDeadline,
            DeadlineChange.Decision decision, LocalDate decidedOn, String decidedBy, String requestRef, String reason) {
    }

    private static ResponseEntity<TaskView> withETag(ResponseEntity.BodyBuilder builder, TaskView view) {
        return builder.eTag(ETags.of(view.version())).body(view);
    }
}
