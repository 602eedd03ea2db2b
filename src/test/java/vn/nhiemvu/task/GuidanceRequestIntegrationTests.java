package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Chỉ thị 75 III.2 through the API: the lead unit asks for a new deadline before the cut-off, the
 * supervising leader approves it, and the task is judged against the extended deadline.
 */
@IntegrationTest
class GuidanceRequestIntegrationTests {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    /** A CDSQG task that only CDSQG (not VP) works on, supervised by the leader of CDSQG, due in 30 days. */
    private long task() {
        var office = Api.as(port, "vanphong");
        long cdsqg = office.get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals("CDSQG")).findFirst().orElseThrow().get("id").asLong();
        JsonNode leader = office.get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("supervisedUnitIds").valueStream().anyMatch(u -> u.asLong() == cdsqg))
                .findFirst().orElseThrow();
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Xây dựng Đề án chuyển đổi số (thử xin gia hạn)");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("supervisingLeader", Map.of("id", leader.get("id").asLong()));
        body.put("deadline", today.plusDays(30).toString());
        return office.post("/api/v1/tasks", body).json().get("id").asLong();
    }

    @Test
    void aTimelyExtensionApprovedByTheLeaderMovesTheDeadline() {
        long id = task();
        var unit = Api.as(port, "cdsqg");
        var asked = unit.post("/api/v1/tasks/" + id + "/guidance-requests", Map.of("kind", "EXTENSION",
                "obstacle", "Chưa nhận đủ ý kiến góp ý của các bộ", "proposedSolution", "Lùi thời hạn 30 ngày",
                "proposedDeadline", today.plusDays(60).toString()));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        assertThat(asked.json().get("state").asString()).isEqualTo("OPEN");
        assertThat(asked.json().get("timely").asBoolean()).isTrue();
        long requestId = asked.json().get("id").asLong();

        assertThat(Api.as(port, "lanhdao").get("/api/v1/inbox").json().get("items").toString())
                .as("the leader's inbox shows the open request").contains("/tasks/" + id + "#guidance-requests");
        assertThat(Api.as(port, "htqt").get("/api/v1/inbox").json().get("items").toString())
                .doesNotContain("/tasks/" + id + "#guidance-requests");

        var byUnit = unit.post("/api/v1/tasks/" + id + "/guidance-requests/" + requestId + "/decision",
                Map.of("decision", "APPROVE"));
        assertThat(byUnit.status()).isEqualTo(403);

        var leader = Api.as(port, "lanhdao");
        var decided = leader.post("/api/v1/tasks/" + id + "/guidance-requests/" + requestId + "/decision",
                Map.of("decision", "APPROVE", "answer", "Đồng ý gia hạn"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);
        assertThat(decided.json().get("state").asString()).isEqualTo("APPROVED");
        var again = leader.post("/api/v1/tasks/" + id + "/guidance-requests/" + requestId + "/decision",
                Map.of("decision", "REJECT"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(leader.get("/api/v1/inbox").json().get("items").toString())
                .doesNotContain("/tasks/" + id + "#guidance-requests");

        JsonNode task = unit.get("/api/v1/tasks/" + id + "?asOf=" + today.plusDays(45)).json();
        assertThat(task.get("applicableDeadline").asString()).isEqualTo(today.plusDays(60).toString());
        assertThat(task.get("status").asString()).isIn("IN_PROGRESS", "DUE_SOON");
        assertThat(task.get("deadlineChanges").get(0).get("decision").asString()).isEqualTo("APPROVED");
        assertThat(unit.get("/api/v1/tasks/" + id + "/history").json().get("items").toString())
                .contains("GUIDANCE_REQUESTED", "GUIDANCE_DECIDED", "DEADLINE_CHANGE_RECORDED");
    }

    @Test
    void guidanceIsAnsweredWithoutChangingTheDeadline() {
        long id = task();
        long requestId = Api.as(port, "cdsqg").post("/api/v1/tasks/" + id + "/guidance-requests",
                Map.of("kind", "GUIDANCE", "obstacle", "Chưa rõ phạm vi đề án")).json().get("id").asLong();
        var approve = Api.as(port, "lanhdao").post("/api/v1/tasks/" + id + "/guidance-requests/" + requestId
                + "/decision", Map.of("decision", "APPROVE"));
        assertThat(approve.status()).isEqualTo(409);
        assertThat(approve.json().get("detail").asString()).contains("ANSWER");
        var answer = Api.as(port, "lanhdao").post("/api/v1/tasks/" + id + "/guidance-requests/" + requestId
                + "/decision", Map.of("decision", "ANSWER", "answer", "Tập trung vào nhóm nhiệm vụ 1 và 2"));
        assertThat(answer.json().get("state").asString()).isEqualTo("ANSWERED");
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks/" + id).json().get("deadlineChanges")).isEmpty();
    }

    @Test
    void onlyTheLeadUnitAsksAndBadRequestsAreRefused() {
        long id = task();
        assertThat(Api.as(port, "vp").post("/api/v1/tasks/" + id + "/guidance-requests",
                Map.of("kind", "GUIDANCE", "obstacle", "x")).status()).isEqualTo(404);
        assertThat(Api.as(port, "phapche").post("/api/v1/tasks/" + id + "/guidance-requests",
                Map.of("kind", "GUIDANCE", "obstacle", "x")).status()).isEqualTo(403);
        var missing = Api.as(port, "cdsqg").post("/api/v1/tasks/" + id + "/guidance-requests",
                Map.of("kind", "EXTENSION"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("obstacle", "proposedDeadline");
    }
}
