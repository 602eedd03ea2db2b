package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * One task's record printed ("In / Tải PDF"): the page and the PDF carry the task, its plan and milestones, progress
 * reports, requests, dossier and history; outside one's scope the task is not found, in either form.
 */
@IntegrationTest
class TaskPrintIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Accounts accounts;
    @Autowired
    Organization organization;

    @Test
    void thePageAndThePdfCarryEveryPartOfTheTask() throws IOException {
        long id = aTaskWithEverything();
        var session = FormSession.signIn(port, "cdsqg");
        assertThat(session.get("/tasks/" + id).body()).contains("href=\"/tasks/" + id + "/print\"");

        String page = session.get("/tasks/" + id + "/print").body();
        assertThat(page).contains("PHIẾU THEO DÕI NHIỆM VỤ").contains("In phiếu: đề án chuyển đổi số")
                .contains("href=\"/tasks/" + id + "/print.pdf\"");
        assertEveryPart(page);

        var download = session.getBytes("/tasks/" + id + "/print.pdf");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type").orElse("")).isEqualTo("application/pdf");
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("phieu-theo-doi-nhiem-vu-" + id + ".pdf");
        try (var pdf = Loader.loadPDF(download.body())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("PHIẾU THEO DÕI NHIỆM VỤ").contains("Số: NV-" + id)
                    .contains("In phiếu: đề án chuyển đổi số");
            assertEveryPart(text);
            // Kept to look at: the first page as the reader sees it.
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            Files.write(dir.resolve("task-print.pdf"), download.body());
            ImageIO.write(new PDFRenderer(pdf).renderImageWithDPI(0, 60), "png", dir.resolve("task-print-page1.png").toFile());
        }
    }

    @Test
    void outsideOnesScopeThereIsNothingToPrint() {
        long id = aTaskWithEverything();
        var other = FormSession.signIn(port, "htqt");
        assertThat(other.get("/tasks/" + id + "/print").statusCode()).isEqualTo(404);
        assertThat(other.getBytes("/tasks/" + id + "/print.pdf").statusCode()).isEqualTo(404);
    }

    private static void assertEveryPart(String text) {
        assertThat(text).contains("Thông tin nhiệm vụ").contains("Cục Chuyển đổi số quốc gia")
                .contains("Kế hoạch thực hiện").contains("Xây dựng dự thảo đề án").contains("31/12/2030")
                .contains("Báo cáo tiến độ").contains("Đã xây dựng đề cương").contains("40 %")
                .contains("Xin ý kiến chỉ đạo, đề nghị gia hạn").contains("Chưa thống nhất phạm vi với các bộ")
                .contains("Hồ sơ, thẩm định, trình").contains("gop-y.txt")
                .contains("Lịch sử thay đổi").contains("giao nhiệm vụ").contains("phê duyệt kế hoạch");
    }

    /** A CDSQG task under Chỉ thị 75 with an approved plan, a progress report, a request and a dossier file. */
    private long aTaskWithEverything() {
        var office = Api.as(port, "vanphong");
        var unit = Api.as(port, "cdsqg");
        var body = new LinkedHashMap<String, Object>(Bodies.task("In phiếu: đề án chuyển đổi số", "CDSQG", "2030-12-31"));
        body.put("supervisingLeader", Map.of("id", leaderOf(office, "CDSQG")));
        long id = office.post("/api/v1/tasks", body).json().get("id").asLong();
        String plan = "/api/v1/tasks/" + id + "/plan";
        unit.post(plan + "/versions", Map.of("milestones", List.of(Map.of("title", "Xây dựng dự thảo đề án", "dueDate",
                "2030-06-30", "expectedProduct", "Dự thảo"), Map.of("title", "Trình Bộ trưởng", "dueDate", "2030-12-31",
                        "expectedProduct", "Tờ trình"))));
        unit.post(plan + "/versions/1/submission", null);
        assertThat(Api.as(port, "lanhdao").post(plan + "/versions/1/approval", null).status()).isEqualTo(200);
        assertThat(unit.post("/api/v1/tasks/" + id + "/progress-reports", Map.of("percent", 40, "done",
                "Đã xây dựng đề cương", "obstacles", "Chờ ý kiến các bộ")).status()).isEqualTo(201);
        assertThat(unit.post("/api/v1/tasks/" + id + "/guidance-requests", Map.of("kind", "GUIDANCE", "obstacle",
                "Chưa thống nhất phạm vi với các bộ", "proposedSolution", "Xin Lãnh đạo Bộ chủ trì họp")).status())
                .isEqualTo(201);
        assertThat(unit.upload("/api/v1/tasks/" + id + "/dossier/files", "gop-y.txt",
                "Ý kiến góp ý.".getBytes(StandardCharsets.UTF_8), Map.of("role", "OTHER")).status()).isEqualTo(201);
        return id;
    }

    private long leaderOf(Api office, String unit) {
        long agency = accounts.find("vanphong").orElseThrow().agencyId();
        long unitId = organization.unitByCode(agency, unit).orElseThrow().id();
        return organization.leaders(agency).stream().filter(l -> l.supervisedUnitIds().contains(unitId)).findFirst()
                .orElseThrow().id();
    }
}
