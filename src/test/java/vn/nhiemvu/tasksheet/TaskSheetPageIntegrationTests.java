package vn.nhiemvu.tasksheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BackgroundJobs;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The buttons and the import page, signed in through the form; a large sheet runs as a background job. */
@IntegrationTest
class TaskSheetPageIntegrationTests {

    private static final Pattern CONFIRM_KEY = Pattern.compile("name=\"key\" value=\"([^\"]+)\"");
    private static final Pattern EXPORT_LINK = Pattern.compile("id=\"export-xlsx\" href=\"([^\"]+)\"");
    private static final Pattern JOB_LINK = Pattern.compile("/tasks/import/jobs/(\\d+)");

    @LocalServerPort
    int port;

    @Test
    void theOfficeExportsFromTheListThenChecksAndConfirmsAnImport() throws Exception {
        FormSession office = FormSession.signIn(port, "vanphong");
        String list = office.get("/tasks?leadUnit=VP").body();
        assertThat(list).contains("id=\"import-xlsx\"");
        Matcher href = EXPORT_LINK.matcher(list);
        assertThat(href.find()).isTrue();
        assertThat(href.group(1)).contains("leadUnit=VP");
        // The button carries the list's filters.
        HttpResponse<byte[]> file = office.getBytes(href.group(1).replace("&amp;", "&"));
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition").orElseThrow()).contains("danh-sach-nhiem-vu-");

        byte[] edited;
        long changed;
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
            XSSFSheet sheet = workbook.getSheet("Nhiệm vụ");
            assertThat(sheet.getLastRowNum()).isEqualTo(
                    Api.as(port, "vanphong").all("/api/v1/tasks?leadUnit=VP").size());
            Row row = sheet.getRow(1);
            changed = TaskSheetIntegrationTests.id(row);
            TaskSheetIntegrationTests.put(row, "Sản phẩm").setCellValue("Báo cáo sửa từ trang nhập");
            edited = TaskSheetIntegrationTests.bytes(workbook);
        }
        String form = office.get("/tasks/import").body();
        assertThat(form).contains("Nhập danh sách nhiệm vụ từ Excel").contains("valid-only");
        String csrf = FormSession.csrf(form);

        String notASheet = office.upload("/tasks/import", "ghi-chu.txt", "không phải bảng tính".getBytes(
                java.nio.charset.StandardCharsets.UTF_8), Map.of("_csrf", csrf, "dryRun", "true")).body();
        assertThat(notASheet).contains("id=\"import-error\"").contains("không phải bảng tính Excel");

        String checked = office.upload("/tasks/import", "nhiem-vu.xlsx", edited,
                Map.of("_csrf", csrf, "dryRun", "true", "mode", "all-or-nothing")).body();
        assertThat(checked).contains("Kiểm tra thử").contains("1 cập nhật").contains("Xác nhận nhập");
        long version = Api.as(port, "vanphong").get("/api/v1/tasks/" + changed).json().get("version").asLong();

        Matcher key = CONFIRM_KEY.matcher(checked);
        assertThat(key.find()).isTrue();
        String done = office.post("/tasks/import/confirm", Map.of("_csrf", csrf, "key", key.group(1))).body();
        assertThat(done).contains("Đã nhập").contains("/tasks/" + changed);
        JsonNode task = Api.as(port, "vanphong").get("/api/v1/tasks/" + changed).json();
        assertThat(task.get("product").asString()).isEqualTo("Báo cáo sửa từ trang nhập");
        assertThat(task.get("version").asLong()).isEqualTo(version + 1);
        // The checked file is used once.
        assertThat(office.post("/tasks/import/confirm", Map.of("_csrf", csrf, "key", key.group(1))).statusCode())
                .isEqualTo(400);
    }

    @Test
    void aUnitExportsButDoesNotImport() {
        FormSession unit = FormSession.signIn(port, "pc");
        String list = unit.get("/tasks").body();
        assertThat(list).contains("Xuất Excel").doesNotContain("id=\"import-xlsx\"");
        assertThat(unit.getBytes("/tasks/export.xlsx").statusCode()).isEqualTo(200);
        assertThat(unit.get("/tasks/import").statusCode()).isEqualTo(403);
    }

    @Test
    void aLargeSheetIsCheckedAsABackgroundJobWithProgress() throws Exception {
        byte[] large;
        try (var workbook = new XSSFWorkbook()) {
            XSSFSheet sheet = workbook.createSheet("Nhiệm vụ");
            Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("Tên nhiệm vụ");
            header.createCell(1).setCellValue("Đơn vị chủ trì (mã)");
            header.createCell(2).setCellValue("Thời hạn");
            for (int i = 1; i <= 600; i++) {
                Row row = sheet.createRow(i);
                row.createCell(0).setCellValue("Nhiệm vụ thử số " + i);
                row.createCell(1).setCellValue(i == 599 ? "KHONGCO" : "PC");
                row.createCell(2).setCellValue(i == 600 ? "30/13/2030" : "30/06/2030");
            }
            large = TaskSheetIntegrationTests.bytes(workbook);
        }
        Api office = Api.as(port, "vanphong");
        var accepted = office.upload("/api/v1/tasks/import", "lon.xlsx", large, Map.of("dryRun", "true"));
        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(202);
        long jobId = accepted.json().get("id").asLong();
        assertThat(accepted.header("Location")).isEqualTo("/api/v1/jobs/" + jobId);

        JsonNode job = BackgroundJobs.awaitFinished(office, jobId);
        assertThat(job.get("status").asString()).as(job.toString()).isEqualTo("SUCCEEDED");
        assertThat(job.get("progressTotal").asLong()).isEqualTo(1200);
        assertThat(job.get("message").asString()).contains("Kiểm tra thử 600 dòng").contains("2 dòng lỗi");
        JsonNode report = Api.as(port, "vanphong").get("/api/v1/jobs/" + jobId + "/result").json();
        assertThat(report.get("created").asInt()).isEqualTo(598);
        assertThat(report.get("errors").toString()).contains("\"row\":600").contains("\"row\":601");
        assertThat(office.all("/api/v1/tasks?q=nhiem+vu+thu+so")).isEmpty();

        // The page shows the job's report with its errors.
        FormSession page = FormSession.signIn(port, "vanphong");
        String shown = page.get("/tasks/import/jobs/" + jobId).body();
        assertThat(shown).contains("Các lỗi theo dòng").contains("KHONGCO").contains("30/13/2030");
        String uploaded = page.upload("/tasks/import", "lon.xlsx", large,
                Map.of("_csrf", FormSession.csrf(page.get("/tasks/import").body()), "dryRun", "true")).body();
        Matcher link = JOB_LINK.matcher(uploaded);
        assertThat(link.find()).as(uploaded).isTrue();
        assertThat(uploaded).contains("hx-trigger=\"every 1s\"");
        BackgroundJobs.awaitFinished(office, Long.parseLong(link.group(1)));
    }
}
