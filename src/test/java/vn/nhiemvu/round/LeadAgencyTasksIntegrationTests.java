package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Tasks led by outside agencies (issue 16 item 6, ADR 0053): a proposal whose lead is another ministry becomes a task
 * that ministry leads, the organiser unit following it; its focal person finds it, reports progress, sends the
 * detailed plan and the result, and records the completion, and sees nothing else: not the ministry's other tasks,
 * not another agency's, not the ministry's task API. Another agency's focal person sees none of it.
 */
@IntegrationTest
class LeadAgencyTasksIntegrationTests {

    private static final String LED = "/api/v1/rounds/led-tasks";

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Api as(String username) {
        return Api.as(port, username);
    }

    @Test
    void theLeadAgencysFocalPersonWorksOnItsTaskAndSeesNothingElse() {
        var body = round("Đợt thử cơ quan ngoài Bộ chủ trì", today, "trong 10 ngày làm việc", false, List.of(
                column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true),
                column("lead", "Chủ trì", "UNIT_OR_AGENCY", true),
                column("time", "Thời gian", "DEADLINE_PHRASE", false)), "BYT", "UBND-HN");
        long id = as("cdsqg").post("/api/v1/rounds", body).json().get("id").asLong();
        Api.Response answered = as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal",
                false, "tables", List.of(List.of(
                        Map.of("task", "Ban hành kế hoạch chi tiết của Bộ Y tế", "lead", "Bộ Y tế", "time",
                                "Quý IV/2026"),
                        Map.of("task", "Hợp tác quốc tế về chuyển đổi số y tế", "lead", "Vụ Hợp tác quốc tế")))));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        var plan = new LinkedHashMap<String, Object>();
        plan.put("proposals", List.of(Map.of("receipt", id + "-BYT-1", "table", 1, "row", 1),
                Map.of("receipt", id + "-BYT-1", "table", 1, "row", 2)));
        plan.put("directiveNumber", id + "/KH-BTTTT");
        Api.Response made = as("vanphong").post("/api/v1/rounds/" + id + "/tasks", plan);
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        long led = made.json().get("created").get(0).get("taskId").asLong();
        long ministrys = made.json().get("created").get(1).get("taskId").asLong();

        // Bộ Y tế leads the first, CĐSQG following it; a unit of the ministry leads the second.
        JsonNode task = as("vanphong").get("/api/v1/tasks/" + led).json();
        assertThat(task.get("leadAgency").get("code").asString()).isEqualTo("BYT");
        assertThat(task.get("leadUnit").get("code").asString()).isEqualTo("CDSQG");
        assertThat(as("vanphong").get("/api/v1/tasks/" + ministrys).json().get("leadAgency").isNull()).isTrue();

        // The focal person of Bộ Y tế finds it, and only it; the ministry's own API stays closed to them.
        Api byt = as("byt");
        JsonNode mine = byt.get(LED).json().get("items");
        assertThat(mine.valueStream().map(t -> t.get("id").asLong()).toList()).contains(led).doesNotContain(ministrys);
        assertThat(mine.valueStream().map(t -> t.get("leadAgency").get("code").asString())).containsOnly("BYT");
        assertThat(byt.get(LED + "/" + led).json().get("title").asString())
                .isEqualTo("Ban hành kế hoạch chi tiết của Bộ Y tế");
        assertThat(byt.get(LED + "/" + ministrys).status()).isEqualTo(404);
        assertThat(byt.get("/api/v1/tasks/" + led).status()).isEqualTo(404);
        assertThat(byt.get("/api/v1/tasks").status()).isEqualTo(404);
        // Hà Nội's focal person: nothing of it, by any of these addresses.
        Api hanoi = as("hanoi");
        assertThat(hanoi.get(LED).json().get("items").valueStream().map(t -> t.get("id").asLong()).toList())
                .doesNotContain(led, ministrys);
        assertThat(hanoi.get(LED + "/" + led).status()).isEqualTo(404);
        assertThat(hanoi.post(LED + "/" + led + "/progress-reports", Map.of("percent", 10)).status()).isEqualTo(404);
        assertThat(hanoi.post(LED + "/" + led + "/completion", Map.of("completedAt", today.toString())).status())
                .isEqualTo(404);
        // The ministry's staff work on the task pages, not here.
        assertThat(as("vanphong").get(LED).status()).isEqualTo(404);

        // Progress, as a lead unit reports it; the Office reads it on the task.
        Api.Response report = byt.post(LED + "/" + led + "/progress-reports", Map.of("percent", 40, "done",
                "Đã trình Bộ trưởng Bộ Y tế dự thảo kế hoạch chi tiết."));
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        assertThat(as("vanphong").get("/api/v1/tasks/" + led + "/progress-reports").json().toString())
                .contains("Đã trình Bộ trưởng Bộ Y tế");

        // The same on the focal person's pages; Hà Nội's finds no such page.
        FormSession page = FormSession.signIn(port, "byt", true);
        assertThat(page.get("/rounds/led-tasks").body()).contains("Ban hành kế hoạch chi tiết của Bộ Y tế")
                .doesNotContain("Hợp tác quốc tế về chuyển đổi số y tế");
        String detail = page.get("/rounds/led-tasks/" + led).body();
        assertThat(detail).contains("Cơ quan chủ trì", "Bộ Y tế", "Đơn vị của Bộ theo dõi", "40%");
        var refused = page.submit("/rounds/led-tasks/" + led + "/progress-reports", detail, Map.of("percent", "150",
                "done", "Quá số"));
        assertThat(refused.body()).contains("error-summary");
        var sent = page.submit("/rounds/led-tasks/" + led + "/progress-reports", detail, Map.of("percent", "60",
                "done", "Đã ban hành kế hoạch chi tiết."));
        assertThat(sent.body()).contains("Đã gửi báo cáo tiến độ.", "60%");
        assertThat(FormSession.signIn(port, "hanoi", true).get("/rounds/led-tasks/" + led).statusCode())
                .isEqualTo(404);

        // Not completed before its result is in the dossier: the rule a lead unit keeps.
        Api.Response early = byt.post(LED + "/" + led + "/completion", Map.of("completedAt", today.toString()));
        assertThat(early.status()).as(early.toString()).isEqualTo(409);
        Api.Response planFile = byt.upload(LED + "/" + led + "/files", "ke-hoach-chi-tiet.txt",
                "Kế hoạch chi tiết của Bộ Y tế.".getBytes(StandardCharsets.UTF_8), Map.of());
        assertThat(planFile.status()).as(planFile.toString()).isEqualTo(201);
        assertThat(byt.upload(LED + "/" + led + "/files", "x.txt", "x".getBytes(StandardCharsets.UTF_8),
                Map.of("role", "DRAFT_DOCUMENT")).status()).isEqualTo(400);
        assertThat(byt.upload(LED + "/" + led + "/files", "ket-qua.txt",
                "Báo cáo kết quả.".getBytes(StandardCharsets.UTF_8), Map.of("role", "RESULT")).status())
                .isEqualTo(201);
        Api.Response done = byt.post(LED + "/" + led + "/completion", Map.of("completedAt", today.toString()));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("completedBy").get("source").asString()).isEqualTo("AGENCY");

        // Tracked like any other task: the Office sees it completed, with both files in its dossier.
        assertThat(as("vanphong").get("/api/v1/tasks/" + led).json().get("completedAt").asString())
                .isEqualTo(today.toString());
        assertThat(as("vanphong").get("/api/v1/tasks/" + led + "/dossier").json().toString())
                .contains("ke-hoach-chi-tiet.txt", "ket-qua.txt");
    }
}
