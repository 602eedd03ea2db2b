package vn.nhiemvu.task.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.validation.BindingResult;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.SpreadsheetText;
import vn.nhiemvu.task.TaskFilter;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskQuery;
import vn.nhiemvu.task.TaskView;

/**
 * Every task in the user's scope matching the list's filters, written row by row as it is read and
 * evaluated (no page size, no list in memory): NDJSON (one task JSON as in the API per line) or CSV.
 * The xlsx task sheet is another module's ({@code /tasks/export.xlsx}).
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Nhiệm vụ")
class TaskExportController {

    static final String NDJSON = "application/x-ndjson";

    private static final String[] CSV_HEADER = { "id", "kind", "title", "leadUnitCode", "leadUnitName",
            "coordinatingUnitCodes", "supervisingLeader", "directiveNumber", "deadline", "deadlineText",
            "applicableDeadline", "completedAt", "status", "statusLabel", "workingDaysLate", "statusReason", "policy",
            "asOf" };

    private final TaskManagement tasks;
    private final ObjectWriter json;
    private final Clock clock;

    TaskExportController(TaskManagement tasks, JsonMapper json, Clock clock) {
        this.tasks = tasks;
        this.json = json.writer();
        this.clock = clock;
    }

    @GetMapping({ "/tasks/export.ndjson", "/tasks/export.csv" })
    @Operation(summary = "Xuất mọi nhiệm vụ trong phạm vi theo bộ lọc của danh sách (ví dụ status=OVERDUE), "
            + "ghi dần từng dòng: .ndjson (mỗi dòng một nhiệm vụ JSON) hoặc .csv (UTF-8)")
    void export(CurrentUser user, HttpServletRequest request, HttpServletResponse response,
            @ParameterObject TaskQuery query, BindingResult binding) throws IOException {
        TaskFilter filter = TaskQuery.filter(query, binding);
        boolean csv = request.getRequestURI().endsWith(".csv");
        LocalDate date = filter.asOf() == null ? LocalDate.now(clock) : filter.asOf();
        response.setContentType(csv ? "text/csv;charset=UTF-8" : NDJSON + ";charset=UTF-8");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
                "attachment; filename=\"nhiem-vu-" + date + (csv ? ".csv" : ".ndjson") + "\"");
        OutputStream out = response.getOutputStream();
        if (csv) {
            writeCsv(user, filter, out);
        } else {
            tasks.export(user, filter, view -> {
                try {
                    out.write(json.writeValueAsBytes(view));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        out.flush();
    }

    private void writeCsv(CurrentUser user, TaskFilter filter, OutputStream out) throws IOException {
        var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        // The byte order mark makes Excel read the Vietnamese text as UTF-8.
        writer.write('\uFEFF');
        var printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder().setHeader(CSV_HEADER).get());
        tasks.export(user, filter, view -> {
            try {
                printer.printRecord(Arrays.stream(row(view)).map(SpreadsheetText::cell));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        printer.flush();
    }

    private static Object[] row(TaskView t) {
        return new Object[] { t.id(), t.kind(), t.title(), t.leadUnit() == null ? null : t.leadUnit().code(),
                t.leadUnit() == null ? null : t.leadUnit().name(),
                t.coordinatingUnits().stream().map(TaskView.UnitRef::code).collect(Collectors.joining(";")),
                t.supervisingLeader() == null ? null : t.supervisingLeader().fullName(),
                t.directive() == null ? null : t.directive().number(), t.deadline(), t.deadlineText(),
                t.applicableDeadline(), t.completedAt(), t.status(), t.statusLabel(), t.workingDaysLate(),
                t.statusReason(), t.policy(), t.asOf() };
    }
}
