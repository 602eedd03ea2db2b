package vn.nhiemvu.tasksheet.web;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.tasksheet.ImportOutcome;
import vn.nhiemvu.tasksheet.ImportReport;
import vn.nhiemvu.tasksheet.TaskSheets;

/** What the API and the pages share: the export as a download, the upload's bytes, the import's answer. */
final class SheetResponses {

    private SheetResponses() {
    }

    /** Streams the sheet; the export fails before any byte if the filter is bad, so errors stay problem details. */
    static void export(TaskSheets sheets, CurrentUser user, TaskFilter filter, Clock clock, HttpServletResponse response)
            throws IOException {
        // Written to a temporary file first: the response is committed only once the sheet is whole.
        Path temp = Files.createTempFile("tasksheet-", ".xlsx");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                sheets.export(user, filter, out);
            }
            response.setContentType(TaskSheets.CONTENT_TYPE);
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename("danh-sach-nhiem-vu-" + LocalDate.now(clock) + ".xlsx", StandardCharsets.UTF_8).build()
                    .toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
            response.setContentLengthLong(Files.size(temp));
            Files.copy(temp, response.getOutputStream());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.required"));
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.unreadable"));
        }
    }

    /** 202 with the job; 422 with every row error when nothing was written because of them; else 200 with the report. */
    static ResponseEntity<?> answer(ImportOutcome outcome) {
        if (outcome.job() != null) {
            return ResponseEntity.accepted().location(URI.create("/api/v1/jobs/" + outcome.job().id()))
                    .body(outcome.job());
        }
        ImportReport report = outcome.report();
        if (!report.dryRun() && !report.applied() && report.invalidRows() > 0) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, report.summary());
            problem.setType(URI.create("urn:nhiemvu:problem:sheet-rows-invalid"));
            problem.setTitle("Bảng tính có dòng lỗi");
            problem.setProperty("errors", report.errors());
            problem.setProperty("report", report);
            return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT).body(problem);
        }
        return ResponseEntity.ok(report);
    }
}
