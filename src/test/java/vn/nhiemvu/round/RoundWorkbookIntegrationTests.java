package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The respondent fills the round's template in Excel and uploads it (issue 16, ADR 0043): two bad cells are both
 * named by sheet and cell and nothing is kept, the fixed file is received with its receipt; a file that is not an
 * .xlsx, or another round's template, is refused; the pages offer the template and show the refusal; the organiser's
 * page offers "urge the late ones" and tells what a second click did.
 */
@IntegrationTest
class RoundWorkbookIntegrationTests {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Api as(String username) {
        return Api.as(port, username);
    }


    private long open(String title) {
        var body = round(title, today, "trong 10 ngày làm việc", false, List.of(
                column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true),
                column("group", "Nhóm nhiệm vụ", "CHOICE", true, "Kiện toàn tổ chức bộ máy", "Nâng cao năng lực"),
                column("amount", "Kinh phí (đồng)", "MONEY", false)), "BYT", "UBND-HN");
        Api.Response created = as("cdsqg").post("/api/v1/rounds", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** The round's template, downloaded as the respondent, with the rows typed in (task, group, amount). */
    private byte[] filled(long id, String[]... rows) throws IOException {
        byte[] template = as("byt").getBytes("/api/v1/rounds/" + id + "/template.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(template)); var out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheet("Nhiệm vụ trọng tâm");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Nhiệm vụ đề xuất (*)");
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    @Test
    void anUploadWithBadCellsIsRefusedWholeAndTheFixedOneReceived() throws IOException {
        long id = open("Đợt thử tải tệp");
        String path = "/api/v1/rounds/" + id + "/answer/workbook";

        Api.Response bad = as("byt").upload(path, "de-xuat.xlsx", filled(id,
                new String[] { "Chuẩn hóa đơn vị chuyên trách CNTT", "Nhóm 9", "1.500.000.000" },
                new String[] { "Đào tạo cán bộ", "Nâng cao năng lực", "hai tỷ" }), Map.of());
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(bad.header("Content-Type")).startsWith("application/problem+json");
        var messages = bad.json().get("errors").toString();
        assertThat(messages).contains("Trang “Nhiệm vụ trọng tâm”, ô B2", "Nhóm 9",
                "Trang “Nhiệm vụ trọng tâm”, ô C3", "hai tỷ");
        assertThat(bad.json().get("errors")).hasSize(2);
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/answer").json().get("submissions")).isEmpty();

        Api.Response good = as("byt").upload(path, "de-xuat.xlsx", filled(id,
                new String[] { "Chuẩn hóa đơn vị chuyên trách CNTT", "kien toan to chuc bo may", "1.500.000.000" },
                new String[] { "=SUM(1,2)", "Nâng cao năng lực", "" }), Map.of());
        assertThat(good.status()).as(good.toString()).isEqualTo(201);
        assertThat(good.json().get("receipt").get("number").asString()).isEqualTo(id + "-BYT-1");
        assertThat(good.json().get("rows").asInt()).isEqualTo(2);
        assertThat(good.json().get("content").get("tables").get(0).get(1).get("task").asString())
                .isEqualTo("=SUM(1,2)");

        // Not an .xlsx; another round's template; nothing sent at all.
        Api.Response text = as("hanoi").upload(path, "de-xuat.xlsx",
                "task;group\nA;B\n".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(text.status()).isEqualTo(400);
        assertThat(text.json().get("errors").get(0).get("field").asString()).isEqualTo("file");
        long other = open("Đợt khác");
        Api.Response wrong = as("hanoi").upload(path, "de-xuat.xlsx", filled(other,
                new String[] { "Một nhiệm vụ", "Nâng cao năng lực", "" }), Map.of());
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().get("errors").toString()).contains("đợt lấy đề xuất khác (số " + other + ")");
        assertThat(as("hanoi").upload(path, "", new byte[0], Map.of()).status()).isEqualTo(400);

        // The organiser does not answer, and another agency's respondent cannot reach a round not sent to it.
        assertThat(as("cdsqg").upload(path, "de-xuat.xlsx", filled(id,
                new String[] { "Một nhiệm vụ", "Nâng cao năng lực", "" }), Map.of()).status()).isEqualTo(403);
    }

    @Test
    void thePagesOfferTheTemplateShowARefusedUploadAndUrgeTheLateOnes() throws IOException {
        long id = open("Đợt thử trên trang");
        var byt = FormSession.signIn(port, "byt", true);
        var page = byt.get("/rounds/" + id);
        assertThat(page.body()).contains("Tải mẫu đề xuất (.xlsx)", "/rounds/" + id + "/template.xlsx");
        assertThat(byt.getBytes("/rounds/" + id + "/template.xlsx").statusCode()).isEqualTo(200);

        var refused = byt.upload("/rounds/" + id + "/answer/workbook", "de-xuat.xlsx", filled(id,
                new String[] { "Chuẩn hóa", "Nhóm 9", "" }), Map.of("_csrf", FormSession.csrf(page.body())));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Trang “Nhiệm vụ trọng tâm”, ô B2");
        var received = byt.upload("/rounds/" + id + "/answer/workbook", "de-xuat.xlsx", filled(id,
                new String[] { "Chuẩn hóa", "Nâng cao năng lực", "" }), Map.of("_csrf", FormSession.csrf(page.body())));
        assertThat(received.body()).contains("Số tiếp nhận " + id + "-BYT-1");

        var office = FormSession.signIn(port, "vanphong", true);
        var detail = office.get("/rounds/" + id);
        assertThat(detail.body()).contains("Đôn đốc các cơ quan chưa trả lời", "Chưa đôn đốc");
        var urged = office.submit("/rounds/" + id + "/urging", detail.body(), Map.of());
        assertThat(urged.body()).contains("Đã đôn đốc 1 cơ quan; 0 cơ quan đã được đôn đốc hôm nay",
                "Đôn đốc lần cuối ngày");
        var again = office.submit("/rounds/" + id + "/urging", urged.body(), Map.of());
        assertThat(again.body()).contains("Đã đôn đốc 0 cơ quan; 1 cơ quan đã được đôn đốc hôm nay");
    }
}
