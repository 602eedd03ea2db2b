package vn.nhiemvu.extraction.web;

import java.io.IOException;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.nhiemvu.extraction.internal.ExtractionService;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * Reads a directive into proposed tasks; nothing is saved (the review page confirms). OFFICE and
 * ADMIN only: they are the ones who assign tasks from directives.
 */
@RestController
@RequestMapping("/api/v1/extractions")
@Tag(name = "Đọc văn bản", description = "Đọc văn bản chỉ đạo: số ký hiệu, trích yếu, người ký và các nhiệm vụ đề xuất")
class ExtractionApiController {

    private final ExtractionService service;

    ExtractionApiController(ExtractionService service) {
        this.service = service;
    }

    record TextRequest(String text) {
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Đọc văn bản dán vào (JSON {\"text\"}); không lưu gì")
    ExtractionJson fromText(CurrentUser user, @RequestBody(required = false) TextRequest request) {
        return ExtractionJson.of(service.extractText(user, request == null ? null : request.text()));
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Đọc tệp tải lên (.docx, .pdf có lớp chữ, .txt; trường file); không lưu gì")
    ExtractionJson fromFile(CurrentUser user, @RequestPart(name = "file", required = false) MultipartFile file)
            throws IOException {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", Message.of("invalid.extraction.file.required"));
        }
        return ExtractionJson.of(service.extractFile(user, file.getBytes(), file.getOriginalFilename()));
    }
}
