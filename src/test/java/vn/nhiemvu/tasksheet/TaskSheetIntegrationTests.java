package vn.nhiemvu.tasksheet;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.officeCompletion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The task sheet through HTTP on a real database: export read back with POI, re-import of an
 * unchanged sheet, a bad sheet that changes nothing and lists every bad row, valid-only mode,
 * dry runs, roles and scope.
 */
@IntegrationTest
class TaskSheetIntegrationTests {

    static final Map<String, Integer> COLUMNS = columns();

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private static Map<String, Integer> columns() {
        List<String> headers = List.of("ID", "Phiên bản", "Số văn bản giao", "Tên nhiệm vụ", "Nội dung, yêu cầu",
                "Loại nhiệm vụ", "Đơn vị chủ trì (mã)", "Tên đơn vị chủ trì", "Đơn vị phối hợp (mã, cách nhau dấu phẩy)",
                "Lãnh đạo Bộ phụ trách", "Thời hạn", "Thời hạn theo văn bản", "Sản phẩm", "Thuộc nhiệm vụ (ID)",
                "Trạng thái", "Ngày hoàn thành");
        var map = new HashMap<String, Integer>();
        for (int i = 0; i < headers.size(); i++) {
            map.put(headers.get(i), i);
        }
        return map;
    }

    static HttpResponse<byte[]> download(int port, String username, String path) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((username + ":demo")
                            .getBytes(StandardCharsets.UTF_8)))
                    .build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static XSSFWorkbook export(int port, String username, String query) throws IOException {
        HttpResponse<byte[]> response = download(port, username, "/api/v1/tasks/export.xlsx" + query);
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow())
                .isEqualTo("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new XSSFWorkbook(new ByteArrayInputStream(response.body()));
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        var out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    static Cell cell(Row row, String header) {
        Cell cell = row.getCell(COLUMNS.get(header));
        return cell == null ? row.createCell(COLUMNS.get(header)) : cell;
    }

    /**
     * A fresh cell for a new value. SXSSF writes inline strings, and XSSF's setCellValue on such a
     * cell keeps the old inline text (Excel and LibreOffice rewrite the cell when saving).
     */
    static Cell put(Row row, String header) {
        Cell old = row.getCell(COLUMNS.get(header));
        var style = old == null ? null : old.getCellStyle();
        if (old != null) {
            row.removeCell(old);
        }
        Cell cell = row.createCell(COLUMNS.get(header));
        if (style != null) {
            cell.setCellStyle(style);
        }
        return cell;
    }

    static String text(Row row, String header) {
        Cell cell = row.getCell(COLUMNS.get(header));
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell.getStringCellValue();
    }

    static long id(Row row) {
        return (long) row.getCell(0).getNumericCellValue();
    }

    /** Rows of the task sheet by task id. */
    static Map<Long, Row> rowsById(XSSFSheet sheet) {
        var rows = new HashMap<Long, Row>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            rows.put(id(sheet.getRow(r)), sheet.getRow(r));
        }
        return rows;
    }

    private Api.Response importSheet(String username, byte[] content, Map<String, String> fields) {
        return Api.as(port, username).upload("/api/v1/tasks/import", "nhiem-vu.xlsx", content, fields);
    }

    /**
     * The import's report: in the answer for a small sheet, or in the background job's result when
     * the shared test database holds more tasks than the job threshold.
     */
    private JsonNode reportOf(Api.Response answer) throws InterruptedException {
        if (answer.status() == 200) {
            return answer.json();
        }
        assertThat(answer.status()).as(answer.toString()).isEqualTo(202);
        long id = answer.json().get("id").asLong();
        var owner = Api.as(port, "vanphong");
        JsonNode state = null;
        for (int i = 0; i < 600; i++) {
            state = owner.get("/api/v1/jobs/" + id).json();
            if (List.of("SUCCEEDED", "FAILED").contains(state.get("status").asString())) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("SUCCEEDED");
        return owner.get("/api/v1/jobs/" + id + "/result").json();
    }

    private long auditCount() {
        return jdbc.sql("select count(*) from audit_event").query(Long.class).single();
    }

    private Map<Long, Long> versions() {
        return jdbc.sql("select id, version from task").query((rs, n) -> Map.entry(rs.getLong(1), rs.getLong(2))).list()
                .stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    @Test
    void theExportHasEveryTaskInScopeWithRealDates() throws Exception {
        List<JsonNode> tasks = Api.as(port, "vanphong").all("/api/v1/tasks");
        try (XSSFWorkbook workbook = export(port, "vanphong", "")) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            Row header = sheet.getRow(0);
            COLUMNS.forEach((name, index) -> assertThat(header.getCell(index).getStringCellValue()).isEqualTo(name));
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:P");
            assertThat(sheet.isColumnHidden(COLUMNS.get("Phiên bản"))).isTrue();
            assertThat(sheet.getDataValidations()).hasSizeGreaterThanOrEqualTo(4);
            assertThat(workbook.getSheet("Danh mục").getRow(1).getCell(0).getStringCellValue()).isNotBlank();
            assertThat(workbook.getName("DonVi")).isNotNull();

            Map<Long, Row> rows = rowsById(sheet);
            assertThat(rows.keySet()).isEqualTo(tasks.stream().map(t -> t.get("id").asLong()).collect(Collectors.toSet()));
            int withDeadline = 0;
            for (JsonNode task : tasks) {
                Row row = rows.get(task.get("id").asLong());
                assertThat(text(row, "Tên nhiệm vụ")).isEqualTo(task.get("title").asString());
                assertThat(text(row, "Đơn vị chủ trì (mã)")).isEqualTo(task.get("leadUnit").get("code").asString());
                assertThat(text(row, "Tên đơn vị chủ trì")).isEqualTo(task.get("leadUnit").get("name").asString());
                assertThat(text(row, "Trạng thái")).isEqualTo(task.get("statusLabel").asString());
                assertThat((long) cell(row, "Phiên bản").getNumericCellValue()).isEqualTo(task.get("version").asLong());
                if (!task.get("directive").isNull()) {
                    assertThat(text(row, "Số văn bản giao")).isEqualTo(task.get("directive").get("number").asString());
                }
                if (!task.get("deadline").isNull()) {
                    Cell deadline = cell(row, "Thời hạn");
                    assertThat(deadline.getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(DateUtil.isCellDateFormatted(deadline)).isTrue();
                    assertThat(deadline.getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(LocalDate.parse(task.get("deadline").asString()));
                    withDeadline++;
                }
                if (!task.get("completedAt").isNull()) {
                    assertThat(cell(row, "Ngày hoàn thành").getLocalDateTimeCellValue().toLocalDate())
                            .isEqualTo(LocalDate.parse(task.get("completedAt").asString()));
                }
            }
            assertThat(withDeadline).isPositive();
        }
    }

    @Test
    void eachPersonExportsTheirScopeWithTheListFilters() throws Exception {
        for (String username : List.of("pc", "lanhdao", "phapche")) {
            Set<Long> visible = Api.as(port, username).all("/api/v1/tasks").stream().map(t -> t.get("id").asLong())
                    .collect(Collectors.toSet());
            try (XSSFWorkbook workbook = export(port, username, "")) {
                assertThat(rowsById(workbook.getSheet("Nhiệm vụ")).keySet()).as(username).isEqualTo(visible);
            }
        }
        Set<Long> ledByPc = Api.as(port, "vanphong").all("/api/v1/tasks?leadUnit=PC").stream()
                .map(t -> t.get("id").asLong()).collect(Collectors.toSet());
        try (XSSFWorkbook workbook = export(port, "vanphong", "?leadUnit=PC&status=IN_PROGRESS,OVERDUE,DUE_SOON,NO_DEADLINE,COMPLETED_ON_TIME,COMPLETED_LATE")) {
            assertThat(rowsById(workbook.getSheet("Nhiệm vụ")).keySet()).isEqualTo(ledByPc).isNotEmpty();
        }
        var unknownUnit = Api.as(port, "vanphong").get("/api/v1/tasks/export.xlsx?leadUnit=KHONGCO");
        assertThat(unknownUnit.status()).isEqualTo(400);
        assertThat(unknownUnit.json().get("detail").asString()).contains("KHONGCO");
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks/export.xlsx?status=XYZ").status()).isEqualTo(400);
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks/export.xlsx?asOf=hom-nay").status()).isEqualTo(400);
        assertThat(Api.anonymous(port).get("/api/v1/tasks/export.xlsx").status()).isEqualTo(401);
    }

    @Test
    void reimportingAnUnchangedSheetChangesNothing() throws Exception {
        byte[] exported;
        try (XSSFWorkbook workbook = export(port, "vanphong", "")) {
            exported = bytes(workbook);
        }
        long audit = auditCount();
        Map<Long, Long> versions = versions();
        JsonNode report = reportOf(importSheet("vanphong", exported, Map.of()));
        assertThat(report.get("created").asInt()).isZero();
        assertThat(report.get("updated").asInt()).isZero();
        assertThat(report.get("invalidRows").asInt()).isZero();
        assertThat(report.get("unchanged").asInt()).isEqualTo(report.get("rows").asInt()).isEqualTo(versions.size());
        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(auditCount()).isEqualTo(audit);
        assertThat(versions()).isEqualTo(versions);
    }

    /** A sheet with one good change, one good new row, and a bad row of every kind. */
    private record BadSheet(byte[] content, long changedId, String newTitle, List<Integer> badRows) {
    }

    private BadSheet badSheet() throws IOException {
        try (XSSFWorkbook workbook = export(port, "vanphong", "?leadUnit=VP")) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(5);
            var bad = new ArrayList<Integer>();
            Row good = sheet.getRow(1);
            String changedTitle = text(good, "Tên nhiệm vụ") + " (đã sửa từ Excel)";
            put(good, "Tên nhiệm vụ").setCellValue(changedTitle);
            put(sheet.getRow(2), "Thời hạn").setCellValue("31/02/2021");
            bad.add(3);
            put(sheet.getRow(3), "Đơn vị chủ trì (mã)").setCellValue("KHONGCO");
            bad.add(4);
            // Someone completes (or reopens) the task after the export: the sheet's row is now stale.
            Row stale = sheet.getRow(4);
            String completion = "/api/v1/tasks/" + id(stale) + "/completion";
            var changedMeanwhile = cell(stale, "Ngày hoàn thành").getCellType() == CellType.BLANK
                    ? Api.as(port, "vanphong").post(completion, officeCompletion(
                            LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()))
                    : Api.as(port, "vanphong").delete(completion);
            assertThat(changedMeanwhile.status()).as(changedMeanwhile.toString()).isEqualTo(200);
            put(stale, "Tên nhiệm vụ").setCellValue("Sửa trên bản cũ");
            bad.add(5);
            Row duplicate = sheet.createRow(sheet.getLastRowNum() + 1);
            put(duplicate, "ID").setCellValue(id(sheet.getRow(5)));
            put(duplicate, "Phiên bản").setCellValue(cell(sheet.getRow(5), "Phiên bản").getNumericCellValue());
            put(duplicate, "Tên nhiệm vụ").setCellValue("Dòng trùng ID");
            put(duplicate, "Đơn vị chủ trì (mã)").setCellValue("VP");
            bad.add(duplicate.getRowNum() + 1);
            Row outOfScope = sheet.createRow(sheet.getLastRowNum() + 1);
            put(outOfScope, "ID").setCellValue(987654);
            put(outOfScope, "Phiên bản").setCellValue(0);
            put(outOfScope, "Tên nhiệm vụ").setCellValue("Không có");
            put(outOfScope, "Đơn vị chủ trì (mã)").setCellValue("VP");
            bad.add(outOfScope.getRowNum() + 1);
            Row noTitle = sheet.createRow(sheet.getLastRowNum() + 1);
            put(noTitle, "Đơn vị chủ trì (mã)").setCellValue("PC");
            put(noTitle, "Thời hạn").setCellValue("hôm nay");
            bad.add(noTitle.getRowNum() + 1);
            Row unknownDirective = sheet.createRow(sheet.getLastRowNum() + 1);
            put(unknownDirective, "Tên nhiệm vụ").setCellValue("Nhiệm vụ theo văn bản không có");
            put(unknownDirective, "Đơn vị chủ trì (mã)").setCellValue("PC");
            put(unknownDirective, "Số văn bản giao").setCellValue("999/KHONG-CO");
            put(unknownDirective, "Lãnh đạo Bộ phụ trách").setCellValue("Ông Không Có");
            bad.add(unknownDirective.getRowNum() + 1);
            // Refused by the task module itself (lead unit among the coordinating units), reported on its column.
            Row leadCoordinates = sheet.createRow(sheet.getLastRowNum() + 1);
            put(leadCoordinates, "Tên nhiệm vụ").setCellValue("Chủ trì cũng phối hợp");
            put(leadCoordinates, "Đơn vị chủ trì (mã)").setCellValue("PC");
            put(leadCoordinates, "Đơn vị phối hợp (mã, cách nhau dấu phẩy)").setCellValue("PC");
            bad.add(leadCoordinates.getRowNum() + 1);
            String newTitle = "Nhiệm vụ mới từ Excel " + System.nanoTime();
            for (int copy = 0; copy < 2; copy++) {
                Row fresh = sheet.createRow(sheet.getLastRowNum() + 1);
                put(fresh, "Tên nhiệm vụ").setCellValue(newTitle);
                put(fresh, "Đơn vị chủ trì (mã)").setCellValue("pc");
                put(fresh, "Đơn vị phối hợp (mã, cách nhau dấu phẩy)").setCellValue("VP, TCCB");
                put(fresh, "Loại nhiệm vụ").setCellValue("Báo cáo");
                put(fresh, "Thời hạn").setCellValue(LocalDate.of(2030, 6, 30));
                cell(fresh, "Thời hạn").setCellStyle(cell(sheet.getRow(1), "Thời hạn").getCellStyle());
                if (copy == 1) {
                    bad.add(fresh.getRowNum() + 1);
                }
            }
            return new BadSheet(bytes(workbook), id(good), changedTitle, bad);
        }
    }

    @Test
    void aBadSheetChangesNothingAndListsEveryBadRow() throws Exception {
        BadSheet sheet = badSheet();
        long audit = auditCount();
        Map<Long, Long> versions = versions();

        var answer = importSheet("vanphong", sheet.content(), Map.of("mode", "all-or-nothing"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(422);
        JsonNode problem = answer.json();
        assertThat(problem.get("title").asString()).isEqualTo("Bảng tính có dòng lỗi");
        List<JsonNode> errors = new ArrayList<>();
        problem.get("errors").forEach(errors::add);
        Set<Integer> badRows = errors.stream().map(e -> e.get("row").asInt()).collect(Collectors.toSet());
        assertThat(badRows).containsExactlyInAnyOrderElementsOf(sheet.badRows());
        assertThat(problem.get("report").get("invalidRows").asInt()).isEqualTo(sheet.badRows().size());
        assertThat(problem.get("report").get("updated").asInt()).isEqualTo(1);
        assertThat(problem.get("report").get("created").asInt()).isEqualTo(1);
        String all = problem.toString();
        assertThat(all).contains("31/02/2021").contains("không phải ngày hợp lệ").contains("KHONGCO")
                .contains("đã được sửa sau khi xuất").contains("Trùng dòng").contains("987654")
                .contains("trong phạm vi của bạn").contains("Thiếu tên nhiệm vụ").contains("999/KHONG-CO")
                .contains("Ông Không Có").contains("hôm nay");
        JsonNode dateError = errors.stream().filter(e -> e.get("message").asString().contains("31/02/2021")).findFirst()
                .orElseThrow();
        assertThat(dateError.get("column").asString()).isEqualTo("K");
        assertThat(dateError.get("header").asString()).isEqualTo("Thời hạn");
        JsonNode serviceError = errors.stream().filter(e -> e.get("message").asString().contains("đồng thời"))
                .findFirst().orElseThrow();
        assertThat(serviceError.get("column").asString()).isEqualTo("I");

        assertThat(auditCount()).isEqualTo(audit);
        assertThat(versions()).isEqualTo(versions);

        // A dry run reports the same and writes nothing either.
        var dry = importSheet("vanphong", sheet.content(), Map.of("dryRun", "true"));
        assertThat(dry.status()).isEqualTo(200);
        assertThat(dry.json().get("invalidRows").asInt()).isEqualTo(sheet.badRows().size());
        assertThat(dry.json().get("applied").asBoolean()).isFalse();
        assertThat(versions()).isEqualTo(versions);
        assertThat(auditCount()).isEqualTo(audit);
    }

    @Test
    void validOnlyWritesExactlyTheGoodRows() throws Exception {
        BadSheet sheet = badSheet();
        long audit = auditCount();
        Map<Long, Long> versions = versions();

        var answer = importSheet("vanphong", sheet.content(), Map.of("mode", "valid-only"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        JsonNode report = answer.json();
        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(report.get("updated").asInt()).isEqualTo(1);
        assertThat(report.get("created").asInt()).isEqualTo(1);
        assertThat(report.get("invalidRows").asInt()).isEqualTo(sheet.badRows().size());

        Map<Long, Long> after = versions();
        assertThat(after).hasSize(versions.size() + 1);
        for (var entry : versions.entrySet()) {
            long expected = entry.getKey() == sheet.changedId() ? entry.getValue() + 1 : entry.getValue();
            assertThat(after.get(entry.getKey())).as("task " + entry.getKey()).isEqualTo(expected);
        }
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks/" + sheet.changedId()).json().get("title").asString())
                .isEqualTo(sheet.newTitle());
        long createdId = after.keySet().stream().filter(id -> !versions.containsKey(id)).findFirst().orElseThrow();
        JsonNode created = Api.as(port, "vanphong").get("/api/v1/tasks/" + createdId).json();
        assertThat(created.get("leadUnit").get("code").asString()).isEqualTo("PC");
        assertThat(created.get("kind").asString()).isEqualTo("REPORT");
        assertThat(created.get("deadline").asString()).isEqualTo("2030-06-30");
        assertThat(created.get("coordinatingUnits").size()).isEqualTo(2);
        // One audit entry per written task, through the task module.
        assertThat(auditCount()).isEqualTo(audit + 2);
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks/" + createdId + "/history").status()).isIn(200, 404);
    }

    @Test
    void completionDatesAreRecordedAndRemovedThroughTheTaskModule() throws Exception {
        long taskId;
        byte[] completed;
        try (XSSFWorkbook workbook = export(port, "vanphong", "?leadUnit=TTTT&status=IN_PROGRESS,DUE_SOON,OVERDUE,NO_DEADLINE")) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertThat(sheet.getLastRowNum()).isGreaterThanOrEqualTo(2);
            Row row = sheet.getRow(1);
            taskId = id(row);
            put(row, "Ngày hoàn thành").setCellValue("15/10/2020");
            put(sheet.getRow(2), "Ngày hoàn thành").setCellValue(LocalDate.now().plusDays(3).toString());
            completed = bytes(workbook);
        }
        long audit = auditCount();
        var answer = importSheet("vanphong", completed, Map.of("mode", "valid-only"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        assertThat(answer.json().get("updated").asInt()).isEqualTo(1);
        JsonNode error = answer.json().get("errors").get(0);
        assertThat(error.get("row").asInt()).isEqualTo(3);
        assertThat(error.get("column").asString()).isEqualTo("P");
        assertThat(error.get("message").asString()).contains("Không sau ngày hôm nay");
        JsonNode task = Api.as(port, "vanphong").get("/api/v1/tasks/" + taskId).json();
        assertThat(task.get("completedAt").asString()).isEqualTo("2020-10-15");
        assertThat(task.get("completedBy").get("reason").asString()).as("the Office's import states its row")
                .contains("bảng tính", "dòng 2");
        assertThat(auditCount()).isEqualTo(audit + 1);

        // Exported again, the date is a date; cleared, the task is reopened.
        byte[] reopened;
        try (XSSFWorkbook workbook = export(port, "vanphong", "?leadUnit=TTTT")) {
            Row row = rowsById(workbook.getSheet("Nhiệm vụ")).get(taskId);
            assertThat(cell(row, "Ngày hoàn thành").getLocalDateTimeCellValue().toLocalDate())
                    .isEqualTo(LocalDate.of(2020, 10, 15));
            row.removeCell(cell(row, "Ngày hoàn thành"));
            reopened = bytes(workbook);
        }
        var again = importSheet("vanphong", reopened, Map.of());
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("updated").asInt()).isEqualTo(1);
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks/" + taskId).json().get("completedAt").isNull()).isTrue();
        assertThat(auditCount()).isEqualTo(audit + 2);
    }

    @Test
    void onlyTheOfficeAndAdministratorsImport() throws Exception {
        byte[] exported;
        try (XSSFWorkbook workbook = export(port, "pc", "")) {
            exported = bytes(workbook);
        }
        for (String username : List.of("pc", "lanhdao", "phapche")) {
            var answer = importSheet(username, exported, Map.of("dryRun", "true"));
            assertThat(answer.status()).as(username).isEqualTo(403);
            assertThat(answer.json().get("detail").asString()).contains("Văn phòng Bộ");
        }
        assertThat(Api.anonymous(port).upload("/api/v1/tasks/import", "a.xlsx", exported, Map.of()).status())
                .isEqualTo(401);
        assertThat(importSheet("admin", exported, Map.of("dryRun", "true")).status()).isEqualTo(200);

        var notASheet = importSheet("vanphong", "Số;Tên\n1;x\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(notASheet.status()).isEqualTo(400);
        assertThat(notASheet.json().toString()).contains("không phải bảng tính Excel");
        var badMode = importSheet("vanphong", exported, Map.of("mode", "tat-ca"));
        assertThat(badMode.status()).isEqualTo(400);
        assertThat(badMode.json().toString()).contains("valid-only");
        var noFile = Api.as(port, "vanphong").send("POST", "/api/v1/tasks/import", null,
                Map.of("Content-Type", "multipart/form-data; boundary=x"));
        assertThat(noFile.status()).isEqualTo(400);

        try (var workbook = new XSSFWorkbook()) {
            workbook.createSheet("Nhiệm vụ").createRow(0).createCell(0).setCellValue("Tên nhiệm vụ");
            var noLeadUnit = importSheet("vanphong", bytes(workbook), Map.of());
            assertThat(noLeadUnit.status()).isEqualTo(400);
            assertThat(noLeadUnit.json().toString()).contains("Đơn vị chủ trì (mã)");
        }
    }
}
