package vn.nhiemvu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

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
import vn.nhiemvu.support.IntegrationTest;

/**
 * The whole life of a scheme under Chỉ thị 75, through the API, as the people who do it: the unit
 * plans, leadership approves, the unit reports and — past the original deadline but before the
 * directive's cut-off — asks for a new one, which leadership approves; the Legal Department returns
 * the dossier, then passes it; the leader records the submission. The task ends completed on time
 * against the extended deadline, late against the original, and its history shows every step.
 */
@IntegrationTest
class TaskJourneyIntegrationTests {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Api as(String user) {
        return Api.as(port, user);
    }

    @Test
    void fromPlanToSubmissionUnderChiThi75() {
        // The Office records a directive whose cut-off for requests is today, and a task already past its deadline.
        var directive = as("vanphong").post("/api/v1/directives", Map.of("kind", "CHI_THI", "number",
                "99/CT-BTTTT", "issuer", Map.of("code", "BTTTT"), "issueDate", today.minusDays(60).toString(),
                "summary", "Đảm bảo tiến độ các Đề án (hành trình thử)", "extensionCutoff", today.toString()));
        long cdsqg = as("vanphong").get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals("CDSQG")).findFirst().orElseThrow().get("id").asLong();
        long leader = as("vanphong").get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("supervisedUnitIds").valueStream().anyMatch(u -> u.asLong() == cdsqg))
                .findFirst().orElseThrow().get("id").asLong();
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Xây dựng Đề án chuyển đổi số (hành trình thử)");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("supervisingLeader", Map.of("id", leader));
        body.put("directive", Map.of("id", directive.json().get("id").asLong()));
        body.put("deadline", today.minusDays(5).toString());
        long task = as("vanphong").post("/api/v1/tasks", body).json().get("id").asLong();
        String plan = "/api/v1/tasks/" + task + "/plan";
        String dossier = "/api/v1/tasks/" + task + "/dossier";

        // 1. The unit drafts the plan, the leader approves it.
        var drafted = as("cdsqg").post(plan + "/versions", Map.of("milestones", List.of(Map.of("title",
                "Xây dựng dự thảo", "dueDate", today.minusDays(10).toString(), "expectedProduct", "Dự thảo Đề án"))));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(as("cdsqg").post(plan + "/versions/1/submission", null).status()).isEqualTo(200);
        assertThat(as("lanhdao").post(plan + "/versions/1/approval", null).json().get("state").asString())
                .isEqualTo("APPROVED");

        // 2. The unit reports progress with its obstacle.
        assertThat(as("cdsqg").post("/api/v1/tasks/" + task + "/progress-reports", Map.of("percent", 60, "done",
                "Đã có dự thảo", "obstacles", "Chưa đủ ý kiến góp ý của các bộ")).status()).isEqualTo(201);

        // 3. Before the cut-off, the unit asks for a new deadline; the leader approves it.
        var asked = as("cdsqg").post("/api/v1/tasks/" + task + "/guidance-requests", Map.of("kind", "EXTENSION",
                "obstacle", "Chưa đủ ý kiến góp ý của các bộ", "proposedDeadline", today.plusDays(30).toString()));
        assertThat(asked.json().get("timely").asBoolean()).isTrue();
        assertThat(as("lanhdao").post("/api/v1/tasks/" + task + "/guidance-requests/" + asked.json().get("id").asLong()
                + "/decision", Map.of("decision", "APPROVE")).status()).isEqualTo(200);

        // 4. The dossier: the Legal Department returns it, the unit completes it, the review passes.
        byte[] pdf = DossierApiIntegrationTests.pdf();
        assertThat(as("cdsqg").upload(dossier + "/files", "du-thao.pdf", pdf, Map.of("role", "DRAFT_DOCUMENT"))
                .status()).isEqualTo(201);
        assertThat(as("cdsqg").upload(dossier + "/files", "to-trinh.txt",
                "Tờ trình Đề án chuyển đổi số.".getBytes(StandardCharsets.UTF_8), Map.of("role", "EXPLANATORY_REPORT"))
                .status()).isEqualTo(201);
        assertThat(as("cdsqg").post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(as("phapche").post(dossier + "/review", Map.of("decision", "RETURN", "comments",
                "Thiếu tổng hợp ý kiến góp ý.")).json().get("state").asString()).isEqualTo("RETURNED");
        assertThat(as("cdsqg").upload(dossier + "/files", "tong-hop-gop-y.txt",
                "Tổng hợp ý kiến góp ý.".getBytes(StandardCharsets.UTF_8), Map.of("role", "OPINIONS")).status())
                .isEqualTo(201);
        assertThat(as("cdsqg").post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(as("phapche").post(dossier + "/review", Map.of("decision", "PASS", "comments", "Đạt."))
                .json().get("state").asString()).isEqualTo("PASSED");

        // 5. The leader records the submission; the task is completed on the document's date.
        var submitted = as("lanhdao").post(dossier + "/submission", Map.of("documentNumber", "45/TTr-BTTTT",
                "documentDate", today.toString()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);

        JsonNode result = as("vanphong").get("/api/v1/tasks/" + task + "?policy=CHI_THI_75").json();
        assertThat(result.get("completedAt").asString()).isEqualTo(today.toString());
        assertThat(result.get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(result.get("applicableDeadline").asString()).isEqualTo(today.plusDays(30).toString());
        String history = as("cdsqg").get("/api/v1/tasks/" + task + "/history").json().get("items").valueStream()
                .map(e -> e.get("action").asString()).toList().toString();
        assertThat(history).contains("CREATED", "PLAN_DRAFTED", "PLAN_SUBMITTED", "PLAN_APPROVED", "PROGRESS_REPORTED",
                "GUIDANCE_REQUESTED", "GUIDANCE_DECIDED", "DEADLINE_CHANGE_RECORDED", "DOSSIER_FILE_ADDED",
                "DOSSIER_SUBMITTED_FOR_REVIEW", "DOSSIER_RETURNED", "DOSSIER_PASSED", "DOSSIER_SUBMITTED", "COMPLETED");
        assertThat(as("cdsqg").get("/api/v1/tasks/" + task + "/history").json().get("chainIntact").asBoolean()).isTrue();
    }
}
