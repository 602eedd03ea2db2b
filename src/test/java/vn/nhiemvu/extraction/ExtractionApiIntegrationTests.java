package vn.nhiemvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class ExtractionApiIntegrationTests {

    @LocalServerPort
    int port;

    private static String seed(String prefix) throws IOException {
        try (var files = Files.list(Path.of("src/test/resources/extraction/seeds"))) {
            return Files.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow(),
                    StandardCharsets.UTF_8);
        }
    }

    @Test
    void pastedChiThi75GivesItsMetadataAndTasksWithSpansIntoTheText() throws IOException {
        String text = seed("000");
        var response = Api.as(port, "vanphong").post("/api/v1/extractions", Map.of("text", text));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode json = response.json();
        assertThat(json.get("document").get("number").asString()).isEqualTo("75/CT-BTTTT");
        assertThat(json.get("document").get("kind").asString()).isEqualTo("CHI_THI");
        assertThat(json.get("document").get("issuedOn").asString()).isEqualTo("2020-11-03");
        assertThat(json.get("document").get("signer").asString()).isEqualTo("Nguyễn Mạnh Hùng");
        JsonNode office = null;
        for (JsonNode task : json.get("tasks")) {
            int start = task.get("span").get("start").asInt();
            int end = task.get("span").get("end").asInt();
            assertThat(text.substring(start, end)).contains(task.get("text").asString().substring(0, 20));
            if (task.get("text").asString().startsWith("Chủ trì theo dõi, đôn đốc")) {
                office = task;
            }
        }
        assertThat(office).isNotNull();
        assertThat(office.get("lead").get(0).get("name").asString()).isEqualTo("Văn phòng Bộ");
        assertThat(office.get("lead").get(0).get("unitId")).isNotNull();
    }

    @Test
    void anUploadedDocxTableBecomesTasksWithLeadCoordinationAndDeadline() throws IOException {
        byte[] docx;
        try (var doc = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("KẾ HOẠCH");
            doc.createParagraph().createRun().setText("Triển khai chuyển đổi số năm 2021");
            doc.createParagraph().createRun().setText("Hà Nội, ngày 05 tháng 01 năm 2021");
            XWPFTable table = doc.createTable(3, 5);
            String[][] cells = { { "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm" },
                    { "Xây dựng kế hoạch chuyển đổi số của Bộ", "Cục Chuyển đổi số quốc gia", "Vụ Kế hoạch - Tài chính",
                            "Quý I/2021", "Kế hoạch" },
                    { "Rà soát văn bản quy phạm pháp luật", "Vụ Pháp chế", "Các cơ quan, đơn vị thuộc Bộ",
                            "Trước ngày 30/6/2021", "Báo cáo" } };
            for (int r = 0; r < 3; r++) {
                for (int c = 0; c < 5; c++) {
                    table.getRow(r).getCell(c).setText(cells[r][c]);
                }
            }
            doc.write(out);
            docx = out.toByteArray();
        }
        var response = Api.as(port, "vanphong").upload("/api/v1/extractions", "ke-hoach.docx", docx, Map.of());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode tasks = response.json().get("tasks");
        assertThat(tasks).hasSize(2);
        assertThat(tasks.get(0).get("lead").get(0).get("name").asString()).isEqualTo("Cục Chuyển đổi số quốc gia");
        assertThat(tasks.get(0).get("coordinating").get(0).get("name").asString()).isEqualTo("Vụ Kế hoạch - Tài chính");
        assertThat(tasks.get(0).get("deadline").get("date").asString()).isEqualTo("2021-03-31");
        assertThat(tasks.get(1).get("deadline").get("date").asString()).isEqualTo("2021-06-30");
        assertThat(tasks.get(1).get("product").asString()).isEqualTo("Báo cáo");
    }

    @Test
    void badInputIsAVietnameseProblemNeverA500() {
        Api office = Api.as(port, "vanphong");
        var empty = office.post("/api/v1/extractions", Map.of("text", "   "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.body()).contains("Không có chữ nào để đọc");
        var image = office.upload("/api/v1/extractions", "anh.docx", new byte[] { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0 },
                Map.of());
        assertThat(image.status()).isEqualTo(400);
        assertThat(image.body()).contains("Không đọc được loại tệp");
        var html = office.upload("/api/v1/extractions", "x.txt", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(html.status()).isEqualTo(400);
    }

    @Test
    void onlyTheOfficeAndAdministratorsMayReadDocuments() {
        assertThat(Api.as(port, "vp").post("/api/v1/extractions", Map.of("text", "1. Vụ Pháp chế rà soát.")).status())
                .isEqualTo(403);
        assertThat(Api.as(port, "admin").post("/api/v1/extractions", Map.of("text", "1. Vụ Pháp chế rà soát văn bản.")).status())
                .isEqualTo(200);
    }
}
