package vn.nhiemvu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Notices of what people do, through the API as the people who do it: who is told, what the notice links to, and
 * that the inbox item goes once what it asks for is done.
 */
@IntegrationTest
class WorkNoticesIntegrationTests {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Api as(String user) {
        return Api.as(port, user);
    }

    /** Issue 14's trap: the overdue notice of a task completed since stayed in "Việc cần xử lý". */
    @Test
    void theOverdueNoticeOfACompletedTaskLeavesTheInbox() {
        String title = "Thông báo thử: nhiệm vụ quá hạn rồi hoàn thành";
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("deadline", today.minusDays(10).toString());
        var created = as("vanphong").post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long task = created.json().get("id").asLong();
        assertThat(as("cdsqg").get("/api/v1/inbox").json().get("items").valueStream()
                .filter(i -> i.get("title").asString().contains(title)).map(i -> i.get("kind").asString()))
                .contains("Thông báo: Quá hạn");

        completeThroughTheDossier(task);

        assertThat(as("cdsqg").get("/api/v1/tasks/" + task).json().get("completedAt").asString())
                .isEqualTo(today.toString());
        assertThat(as("cdsqg").get("/api/v1/inbox").json().get("items").valueStream()
                .filter(i -> i.get("title").asString().contains(title)).map(i -> i.get("kind").asString()))
                .doesNotContain("Thông báo: Quá hạn");
    }

    /** The path a task is meant to take to completion: the dossier passed by Vụ Pháp chế, then the submission. */
    private void completeThroughTheDossier(long task) {
        String dossier = "/api/v1/tasks/" + task + "/dossier";
        assertThat(as("cdsqg").upload(dossier + "/files", "du-thao.txt",
                "Dự thảo văn bản.".getBytes(StandardCharsets.UTF_8), Map.of("role", "DRAFT_DOCUMENT")).status())
                .isEqualTo(201);
        assertThat(as("cdsqg").upload(dossier + "/files", "to-trinh.txt",
                "Tờ trình.".getBytes(StandardCharsets.UTF_8), Map.of("role", "EXPLANATORY_REPORT")).status())
                .isEqualTo(201);
        assertThat(as("cdsqg").post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(as("phapche").post(dossier + "/review", Map.of("decision", "PASS", "comments", "Đạt.")).status())
                .isEqualTo(200);
        var submitted = as("vanphong").post(dossier + "/submission", Map.of("documentNumber", "12/TTr-BTTTT",
                "documentDate", today.toString()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }
}
