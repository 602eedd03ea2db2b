package vn.nhiemvu.dossier.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

import org.springframework.core.io.Resource;
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
import vn.nhiemvu.dossier.Dossiers;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.dossier.ReviewDecision;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

@RestController
@RequestMapping("/api/v1/tasks/{id}/dossier")
@Tag(name = "Hồ sơ, thẩm định và trình", description = "Hồ sơ của nhiệm vụ, thẩm định của Vụ Pháp chế, ghi nhận việc trình")
class DossierApiController {

    private static final String KEY_DESCRIPTION = "Khóa chống lặp: gửi lại cùng khóa thì nhận lại kết quả lần đầu, không làm lại";

    private final Dossiers dossiers;

    DossierApiController(Dossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping
    @Operation(summary = "Hồ sơ của nhiệm vụ: các tệp và phiên bản, lịch sử thẩm định, việc trình, thao tác được phép")
    DossierView get(CurrentUser user, @PathVariable long id) {
        return dossiers.view(user, id);
    }

    @PostMapping("/files")
    @Operation(summary = "Tải tệp lên hồ sơ (multipart: file, role, replaces — số của tệp được thay bằng phiên bản mới, giữ loại tài liệu của tệp đó)")
    ResponseEntity<DossierView.FileView> upload(CurrentUser user, @PathVariable long id,
            @RequestPart(name = "file", required = false) MultipartFile file,
            @Parameter(description = "DRAFT_DOCUMENT, EXPLANATORY_REPORT, OPINIONS hoặc OTHER") @RequestParam(required = false) String role,
            @RequestParam(required = false) Long replaces,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        var created = dossiers.addFile(user, id, fileRole(role, replaces), replaces,
                file == null ? null : file.getOriginalFilename(), stream(file), key);
        return ResponseEntity.created(URI.create("/api/v1/tasks/" + id + "/dossier/files/" + created.id() + "/content"))
                .body(created);
    }

    @GetMapping("/files/{fileId}/content")
    @Operation(summary = "Tải xuống nội dung một tệp của hồ sơ (luôn dạng tệp đính kèm)")
    ResponseEntity<Resource> content(CurrentUser user, @PathVariable long id, @PathVariable long fileId) {
        return Downloads.of(dossiers.content(user, id, fileId));
    }

    @PostMapping("/submission-for-review")
    @Operation(summary = "Gửi hồ sơ đề nghị Vụ Pháp chế thẩm định")
    DossierView submitForReview(CurrentUser user, @PathVariable long id,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return dossiers.submitForReview(user, id, key);
    }

    record ReviewRequest(String decision, String comments) {
    }

    @PostMapping("/review")
    @Operation(summary = "Vụ Pháp chế thẩm định: thông qua (PASS) hoặc trả lại kèm ý kiến (RETURN)")
    DossierView review(CurrentUser user, @PathVariable long id, @RequestBody ReviewRequest body,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return dossiers.review(user, id, decision(body.decision()), body.comments(), key);
    }

    record SubmissionRequest(String documentNumber, LocalDate documentDate) {
    }

    @PostMapping("/submission")
    @Operation(summary = "Ghi nhận việc trình (số, ngày văn bản trình) và hoàn thành nhiệm vụ vào ngày đó")
    DossierView submission(CurrentUser user, @PathVariable long id, @RequestBody SubmissionRequest body,
            @Parameter(description = KEY_DESCRIPTION) @RequestHeader(name = "Idempotency-Key", required = false) String key) {
        return dossiers.recordSubmission(user, id, body.documentNumber(), body.documentDate(), key);
    }

    static InputStream stream(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        try {
            return file.getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static FileRole fileRole(String role, Long replaces) {
        if (role == null || role.isBlank()) {
            if (replaces != null) {
                return null;
            }
            throw InvalidInputException.of("role", Message.of("invalid.dossier.role.required", names(FileRole.values())));
        }
        try {
            return FileRole.valueOf(role.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("role",
                    Message.of("invalid.dossier.role.invalid", role, names(FileRole.values())));
        }
    }

    static ReviewDecision decision(String decision) {
        if (decision == null || decision.isBlank()) {
            throw InvalidInputException.of("decision", Message.of("invalid.dossier.decision.required"));
        }
        try {
            return ReviewDecision.valueOf(decision.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("decision",
                    Message.of("invalid.dossier.decision.invalid", decision));
        }
    }

    private static String names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).collect(Collectors.joining(", "));
    }
}
