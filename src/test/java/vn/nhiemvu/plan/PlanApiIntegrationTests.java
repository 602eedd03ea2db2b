package vn.nhiemvu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.IntegrationTest;

/** Plans and progress reports through HTTP, as the lead unit, the leader and the Office use them. */
@IntegrationTest
class PlanApiIntegrationTests {

    @LocalServerPort
    int port;

    private Api as(String username) {
        return Api.as(port, username);
    }

    private long leaderOfCdsqg() {
        long cdsqg = 0;
        for (JsonNode u : as("vanphong").get("/api/v1/units").json().get("items")) {
            if (u.get("code").asString().equals("CDSQG")) {
                cdsqg = u.get("id").asLong();
            }
        }
        for (JsonNode l : as("vanphong").get("/api/v1/leaders").json().get("items")) {
            for (JsonNode unit : l.get("supervisedUnitIds")) {
                if (unit.asLong() == cdsqg) {
                    return l.get("id").asLong();
                }
            }
        }
        throw new AssertionError("no leader supervises CDSQG");
    }

    /** A CDSQG task under its leader; with VP coordinating unless {@code cdsqgOnly}. */
    private long task(String title, String deadline, boolean cdsqgOnly) {
        var body = new LinkedHashMap<String, Object>(Bodies.task(title, "CDSQG", deadline));
        if (cdsqgOnly) {
            body.remove("coordinatingUnits");
        }
        body.put("supervisingLeader", Map.of("id", leaderOfCdsqg()));
        var created = as("vanphong").post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> plan(String... titlesAndDates) {
        var milestones = new java.util.ArrayList<Map<String, Object>>();
        for (int i = 0; i < titlesAndDates.length; i += 2) {
            milestones.add(Map.of("title", titlesAndDates[i], "dueDate", titlesAndDates[i + 1],
                    "expectedProduct", "Sản phẩm " + (i / 2 + 1)));
        }
        return Map.of("milestones", milestones);
    }

    private static String today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString();
    }

    @Test
    void theUnitDraftsTheLeaderApprovesTheUnitReportsAndCompletesAMilestone() {
        long id = task("Kế hoạch: luồng chính", "2030-12-31", false);
        String base = "/api/v1/tasks/" + id + "/plan";
        var drafted = as("cdsqg").post(base + "/versions",
                plan("Xây dựng dự thảo", "2030-06-30", "Trình Bộ trưởng", "2030-12-31"));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(drafted.json().get("number").asInt()).isEqualTo(1);
        assertThat(drafted.json().get("state").asString()).isEqualTo("DRAFT");
        assertThat(drafted.header("ETag")).isEqualTo("\"0\"");

        var edited = as("cdsqg").put(base + "/versions/1",
                plan("Xây dựng dự thảo đề án", "2030-06-30", "Trình Bộ trưởng", "2030-12-31"),
                Map.of("If-Match", drafted.header("ETag")));
        assertThat(edited.status()).as(edited.toString()).isEqualTo(200);
        assertThat(edited.json().get("milestones").get(0).get("title").asString()).isEqualTo("Xây dựng dự thảo đề án");

        assertThat(as("cdsqg").post(base + "/versions/1/submission", null).json().get("state").asString())
                .isEqualTo("SUBMITTED");
        assertThat(as("lanhdao").get("/api/v1/inbox").json().get("items").toString())
                .as("the submitted plan waits in the leader's inbox").contains(base.replace("/api/v1", ""));
        var approved = as("lanhdao").post(base + "/versions/1/approval", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(approved.json().get("state").asString()).isEqualTo("APPROVED");
        assertThat(approved.json().get("decidedBy").asString()).isEqualTo("lanhdao");

        var current = as("cdsqg").get(base).json();
        assertThat(current.get("current").get("number").asInt()).isEqualTo(1);
        assertThat(current.get("canDraft").asBoolean()).isTrue();
        long milestone = current.get("current").get("milestones").get(0).get("id").asLong();

        var report = as("cdsqg").post("/api/v1/tasks/" + id + "/progress-reports", Map.of("percent", 40,
                "done", "Đã xây dựng đề cương", "obstacles", "Chưa nhận được ý kiến của các bộ, ngành",
                "nextSteps", "Đôn đốc lấy ý kiến", "milestoneId", milestone));
        assertThat(report.status()).as(report.toString()).isEqualTo(201);
        assertThat(report.json().get("part").asString()).isEqualTo("LEAD");
        assertThat(report.json().get("milestoneTitle").asString()).isEqualTo("Xây dựng dự thảo đề án");
        assertThat(as("vp").post("/api/v1/tasks/" + id + "/progress-reports",
                Map.of("percent", 20, "done", "Đã góp ý phần việc phối hợp")).json().get("part").asString())
                .as("a coordinating unit reports its part").isEqualTo("COORDINATING");
        List<JsonNode> reports = new java.util.ArrayList<>();
        as("lanhdao").get("/api/v1/tasks/" + id + "/progress-reports").json().get("items").forEach(reports::add);
        assertThat(reports).extracting(r -> r.get("percent").asInt()).containsExactly(20, 40);

        var done = as("cdsqg").post(base + "/milestones/" + milestone + "/completion", Map.of("completedOn", today()));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("milestones").get(0).get("completedOn").asString()).isEqualTo(today());
        assertThat(as("cdsqg").post(base + "/milestones/" + milestone + "/completion", null).status())
                .as("done once").isEqualTo(409);

        var history = as("vanphong").get("/api/v1/tasks/" + id + "/history").json();
        List<String> actions = new java.util.ArrayList<>();
        history.get("items").forEach(e -> actions.add(e.get("action").asString()));
        assertThat(actions).contains("PLAN_DRAFTED", "PLAN_EDITED", "PLAN_SUBMITTED", "PLAN_APPROVED",
                "PROGRESS_REPORTED", "MILESTONE_COMPLETED");
        assertThat(history.get("chainIntact").asBoolean()).isTrue();
    }

    @Test
    void aReturnedPlanIsEditedAndSubmittedAgain() {
        long id = task("Kế hoạch: trả lại", "2030-12-31", false);
        String base = "/api/v1/tasks/" + id + "/plan";
        as("cdsqg").post(base + "/versions", plan("Mốc 1", "2030-03-31"));
        as("cdsqg").post(base + "/versions/1/submission", null);
        assertThat(as("lanhdao").post(base + "/versions/1/return", Map.of()).status())
                .as("a return needs a comment").isEqualTo(400);
        var returned = as("lanhdao").post(base + "/versions/1/return", Map.of("comment", "Bổ sung mốc lấy ý kiến"));
        assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");
        assertThat(returned.json().get("returnComment").asString()).isEqualTo("Bổ sung mốc lấy ý kiến");
        var approving = as("lanhdao").post(base + "/versions/1/approval", null);
        assertThat(approving.status()).isEqualTo(409);
        assertThat(approving.json().get("detail").asString()).contains("Bị trả lại", "sửa dự thảo", "trình phê duyệt");

        var edited = as("cdsqg").put(base + "/versions/1", plan("Mốc 1", "2030-03-31", "Lấy ý kiến", "2030-06-30"),
                Map.of("If-Match", returned.header("ETag")));
        assertThat(edited.json().get("state").asString()).isEqualTo("DRAFT");
        as("cdsqg").post(base + "/versions/1/submission", null);
        assertThat(as("lanhdao").post(base + "/versions/1/approval", null).json().get("state").asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void anApprovedPlanIsRevisedThroughANewVersion() {
        long id = task("Kế hoạch: điều chỉnh", "2030-12-31", false);
        String base = "/api/v1/tasks/" + id + "/plan";
        as("vanphong").post(base + "/versions", plan("Mốc 1", "2030-03-31"));
        as("vanphong").post(base + "/versions/1/submission", null);
        as("lanhdao").post(base + "/versions/1/approval", null);
        assertThat(as("cdsqg").put(base + "/versions/1", plan("Mốc 1", "2030-04-30"), Map.of("If-Match", "\"2\""))
                .status()).as("an approved version is not edited").isEqualTo(409);

        var second = as("cdsqg").post(base + "/versions", plan("Mốc 1", "2030-04-30"));
        assertThat(second.json().get("number").asInt()).isEqualTo(2);
        assertThat(as("cdsqg").post(base + "/versions", plan("Mốc 1", "2030-05-30")).status())
                .as("one open draft at a time").isEqualTo(409);
        assertThat(as("cdsqg").get(base).json().get("current").get("number").asInt())
                .as("version 1 is in force until version 2 is approved").isEqualTo(1);
        as("cdsqg").post(base + "/versions/2/submission", null);
        as("lanhdao").post(base + "/versions/2/approval", null);

        var plan = as("cdsqg").get(base).json();
        assertThat(plan.get("current").get("number").asInt()).isEqualTo(2);
        assertThat(plan.get("versions")).hasSize(2);
        assertThat(plan.get("versions").get(1).get("state").asString()).isEqualTo("SUPERSEDED");
    }

    @Test
    void aStaleETagIsRefused() {
        long id = task("Kế hoạch: ETag", "2030-12-31", false);
        String base = "/api/v1/tasks/" + id + "/plan";
        String etag = as("cdsqg").post(base + "/versions", plan("Mốc 1", "2030-03-31")).header("ETag");
        var first = as("cdsqg").put(base + "/versions/1", plan("Mốc 1a", "2030-03-31"), Map.of("If-Match", etag));
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("ETag")).isNotEqualTo(etag);
        var stale = as("vanphong").put(base + "/versions/1", plan("Mốc 1b", "2030-03-31"), Map.of("If-Match", etag));
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.json().get("type").asString()).endsWith("stale-version");
        assertThat(as("cdsqg").put(base + "/versions/1", plan("Mốc 1c", "2030-03-31"), Map.of()).status())
                .isEqualTo(428);
        assertThat(as("cdsqg").send("POST", base + "/versions/1/submission", null, Map.of("If-Match", etag)).status())
                .isEqualTo(412);
        assertThat(as("cdsqg").get(base + "/versions/1").json().get("milestones").get(0).get("title").asString())
                .isEqualTo("Mốc 1a");
    }

    @Test
    void aForeignUnitDoesNotFindTheTaskAndAUnitCannotApprove() {
        long id = task("Kế hoạch: chỉ CĐSQG", "2030-12-31", true);
        String base = "/api/v1/tasks/" + id + "/plan";
        assertThat(as("vp").get(base).status()).isEqualTo(404);
        assertThat(as("vp").post(base + "/versions", plan("Mốc", "2030-03-31")).status()).isEqualTo(404);
        assertThat(as("vp").get("/api/v1/tasks/" + id + "/progress-reports").status()).isEqualTo(404);

        as("cdsqg").post(base + "/versions", plan("Mốc", "2030-03-31"));
        as("cdsqg").post(base + "/versions/1/submission", null);
        var refused = as("cdsqg").post(base + "/versions/1/approval", null);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("phê duyệt");
        assertThat(as("phapche").post(base + "/versions/1/approval", null).status()).isEqualTo(403);
        assertThat(as("lanhdao").post(base + "/versions", plan("Mốc", "2030-03-31")).status()).isEqualTo(403);
        assertThat(as("phapche").post("/api/v1/tasks/" + id + "/progress-reports",
                Map.of("percent", 10, "done", "x")).status()).isEqualTo(403);
    }

    @Test
    void badInputGetsVietnameseFieldErrors() {
        long id = task("Kế hoạch: dữ liệu sai", "2030-06-30", false);
        String base = "/api/v1/tasks/" + id + "/plan";
        var late = as("cdsqg").post(base + "/versions", Map.of("milestones", List.of(
                Map.of("title", "", "dueDate", "2030-07-01"))));
        assertThat(late.status()).isEqualTo(400);
        List<String> fields = new java.util.ArrayList<>();
        late.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("milestones[0].title", "milestones[0].dueDate");
        assertThat(late.json().get("errors").get(1).get("message").asString()).contains("sau thời hạn của nhiệm vụ");

        assertThat(as("cdsqg").post(base + "/versions", Map.of("milestones", List.of())).status()).isEqualTo(400);
        assertThat(as("cdsqg").post(base + "/versions", null).status()).isEqualTo(400);
        assertThat(as("cdsqg").post(base + "/versions", "{\"milestones\": [{\"title\": \"x\", \"dueDate\": \"30/6\"}]}")
                .status()).isEqualTo(400);
        assertThat(as("cdsqg").post(base + "/versions", "{not json").status()).isEqualTo(400);
        assertThat(as("cdsqg").get(base + "/versions/9").status()).isEqualTo(404);
        assertThat(as("cdsqg").get(base + "/versions/abc").status()).isEqualTo(400);
        assertThat(as("cdsqg").post(base + "/milestones/999999/completion", null).status()).isEqualTo(404);

        var report = as("cdsqg").post("/api/v1/tasks/" + id + "/progress-reports", Map.of("percent", 140));
        assertThat(report.status()).isEqualTo(400);
        fields.clear();
        report.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactly("percent", "done");
        assertThat(as("cdsqg").post("/api/v1/tasks/" + id + "/progress-reports",
                Map.of("percent", 10, "done", "x", "milestoneId", 999999)).status()).isEqualTo(400);
        assertThat(as("cdsqg").post("/api/v1/tasks/" + id + "/progress-reports", "{\"percent\": \"nhiều\"}").status())
                .isEqualTo(400);
        assertThat(as("cdsqg").get("/api/v1/tasks/99999999/plan").status()).isEqualTo(404);
    }
}
