package vn.nhiemvu.tasksheet.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.job.JobResult;
import vn.nhiemvu.job.JobView;
import vn.nhiemvu.job.Jobs;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskQuery;
import vn.nhiemvu.tasksheet.ImportMode;
import vn.nhiemvu.tasksheet.ImportOutcome;
import vn.nhiemvu.tasksheet.ImportReport;
import vn.nhiemvu.tasksheet.TaskSheetPermissions;
import vn.nhiemvu.tasksheet.TaskSheets;

/**
 * "Xuất Excel" for the task list page, and the import page: upload (with a progress bar), the
 * report of a dry run with every row's errors, then confirmation without uploading again (the
 * checked file waits in the session), or a background job's progress for a large sheet.
 */
@Controller
class TaskSheetPageController {

    private static final String PENDING = TaskSheetPageController.class.getName() + ".pending";

    private final TaskSheets sheets;
    private final Jobs jobs;
    private final JsonMapper json;
    private final Clock clock;

    TaskSheetPageController(TaskSheets sheets, Jobs jobs, JsonMapper json, Clock clock) {
        this.sheets = sheets;
        this.jobs = jobs;
        this.json = json;
        this.clock = clock;
    }

    /** A checked sheet waiting for the person to confirm. */
    record Pending(String key, byte[] content, ImportMode mode) implements Serializable {
    }

    @GetMapping("/tasks/export.xlsx")
    void export(CurrentUser user, TaskQuery query, BindingResult binding, HttpServletResponse response)
            throws IOException {
        SheetResponses.export(sheets, user, TaskQuery.filter(query, binding), clock, response);
    }

    @GetMapping("/tasks/import")
    String form(CurrentUser user) {
        requireImporter(user);
        return "tasksheet/import";
    }

    @PostMapping("/tasks/import")
    String upload(CurrentUser user, @RequestParam(required = false) MultipartFile file,
            @RequestParam(required = false) String mode, @RequestParam(defaultValue = "false") boolean dryRun,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpSession session, Model model) {
        requireImporter(user);
        // Without htmx the whole page comes back: the choices made stay chosen (a file is chosen again).
        model.addAttribute("mode", ImportMode.parse(mode));
        model.addAttribute("dryRun", dryRun);
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", List.of("Chưa chọn tệp bảng tính (.xlsx) để nhập."));
            return htmx != null ? "tasksheet/import :: result" : "tasksheet/import";
        }
        return show(user, SheetResponses.bytes(file), ImportMode.parse(mode), dryRun, htmx, session, model);
    }

    @PostMapping("/tasks/import/confirm")
    String confirm(CurrentUser user, @RequestParam(required = false) String key,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpSession session, Model model) {
        requireImporter(user);
        if (!(session.getAttribute(PENDING) instanceof Pending pending) || !pending.key().equals(key)) {
            throw InvalidInputException.of("file", Message.of("invalid.tasksheet.file.gone"));
        }
        session.removeAttribute(PENDING);
        return show(user, pending.content(), pending.mode(), false, htmx, session, model);
    }

    @GetMapping("/tasks/import/jobs/{id}")
    String job(CurrentUser user, @PathVariable long id,
            @RequestHeader(value = "HX-Request", required = false) String htmx, HttpSession session, Model model) {
        JobView job = jobs.get(user, id);
        if (!TaskSheets.IMPORT_JOB.equals(job.kind())) {
            throw new vn.nhiemvu.shared.NotFoundException(
                    vn.nhiemvu.shared.Message.of("notfound.tasksheet.job.unknown", id));
        }
        model.addAttribute("job", job);
        if (job.hasResult()) {
            model.addAttribute("report", readReport(jobs.result(user, id)));
        }
        if (session.getAttribute(PENDING) instanceof Pending pending) {
            model.addAttribute("confirmKey", pending.key());
        }
        return htmx != null ? "tasksheet/import :: result" : "tasksheet/import";
    }

    private ImportReport readReport(JobResult result) {
        try (InputStream in = result.content().getInputStream()) {
            return json.readValue(in, ImportReport.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String show(CurrentUser user, byte[] content, ImportMode mode, boolean dryRun, String htmx,
            HttpSession session, Model model) {
        String view = htmx != null ? "tasksheet/import :: result" : "tasksheet/import";
        ImportOutcome outcome;
        try {
            outcome = sheets.importSheet(user, content, mode, dryRun);
        } catch (InvalidInputException e) {
            // Shown where the report would be: htmx does not swap in an error page.
            model.addAttribute("error", e.errors().stream().map(InvalidInputException.FieldError::message).toList());
            return view;
        }
        model.addAttribute("job", outcome.job());
        model.addAttribute("report", outcome.report());
        if (dryRun) {
            // Kept until confirmed; the page offers confirmation only if the report allows it.
            var pending = new Pending(UUID.randomUUID().toString(), content, mode);
            session.setAttribute(PENDING, pending);
            model.addAttribute("confirmKey", pending.key());
        }
        return view;
    }

    private static void requireImporter(CurrentUser user) {
        TaskSheetPermissions.POLICY.checkAny(user, TaskSheetPermissions.Action.IMPORT);
    }
}
