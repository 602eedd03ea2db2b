package vn.nhiemvu.round.web;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.dossier.DossierView;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.round.LeadAgencyTasks;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskView;

/**
 * The tasks an outside agency leads, for its focal person (ADR 0053): under the rounds' address, the only part of the
 * API their account reaches.
 */
@RestController
@RequestMapping("/api/v1/rounds/led-tasks")
@Tag(name = "Nhiệm vụ do cơ quan ngoài Bộ chủ trì", description = "Đầu mối của bộ, ngành, địa phương chủ trì nhiệm vụ "
        + "của Bộ: xem, báo cáo tiến độ, gửi kế hoạch chi tiết hoặc kết quả, ghi nhận hoàn thành; chỉ nhiệm vụ của cơ "
        + "quan mình")
class LeadAgencyTaskApiController {

    private final LeadAgencyTasks work;

    LeadAgencyTaskApiController(LeadAgencyTasks work) {
        this.work = work;
    }

    @GetMapping
    @Operation(summary = "Các nhiệm vụ cơ quan của đầu mối chủ trì, tình trạng tính đến hôm nay")
    Items<TaskView> list(CurrentUser user) {
        return new Items<>(work.tasks(user));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Một nhiệm vụ cơ quan của đầu mối chủ trì (nhiệm vụ khác: 404)")
    TaskView get(CurrentUser user, @PathVariable long id) {
        return work.task(user, id);
    }

    @PostMapping("/{id}/completion")
    @Operation(summary = "Ghi nhận hoàn thành theo quy tắc của đơn vị chủ trì (các bước cần có, ngày hoàn thành)")
    TaskView complete(CurrentUser user, @PathVariable long id, @RequestBody CompletionRequest request) {
        return work.complete(user, id, request.completedAt());
    }

    @GetMapping("/{id}/progress-reports")
    @Operation(summary = "Các báo cáo tiến độ của nhiệm vụ, mới nhất trước")
    Items<ProgressReport> reports(CurrentUser user, @PathVariable long id) {
        return new Items<>(work.progressReports(user, id));
    }

    @PostMapping("/{id}/progress-reports")
    @Operation(summary = "Báo cáo tiến độ (phần trăm, đã làm, vướng mắc, việc tiếp theo)")
    ResponseEntity<ProgressReport> report(CurrentUser user, @PathVariable long id,
            @RequestBody ProgressReportDraft draft) {
        ProgressReport report = work.reportProgress(user, id, draft);
        return ResponseEntity.created(URI.create("/api/v1/rounds/led-tasks/" + id + "/progress-reports"))
                .body(report);
    }

    @PostMapping("/{id}/files")
    @Operation(summary = "Gửi tệp vào hồ sơ nhiệm vụ (multipart: file, role — OTHER cho kế hoạch chi tiết, RESULT cho "
            + "văn bản, báo cáo kết quả)")
    ResponseEntity<DossierView.FileView> upload(CurrentUser user, @PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "OTHER (mặc định) hoặc RESULT") @RequestParam(required = false) String role,
            @RequestHeader(name = "Idempotency-Key", required = false) String key) throws java.io.IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", Message.of("invalid.round.led-task.file.required"));
        }
        DossierView.FileView created = work.addFile(user, id, role(role), file.getOriginalFilename(),
                file.getInputStream(), key);
        return ResponseEntity.created(URI.create("/api/v1/rounds/led-tasks/" + id)).body(created);
    }

    private static FileRole role(String role) {
        if (role == null || role.isBlank()) {
            return FileRole.OTHER;
        }
        return switch (role.strip()) {
            case "OTHER" -> FileRole.OTHER;
            case "RESULT" -> FileRole.RESULT;
            default -> throw InvalidInputException.of("role", Message.of("invalid.round.led-task.file.role", role));
        };
    }

    record Items<T>(List<T> items) {
    }

    record CompletionRequest(LocalDate completedAt) {
    }
}
