package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.officeCompletion;
import static vn.nhiemvu.support.Bodies.resultFile;
import static vn.nhiemvu.support.Bodies.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** A task received from above, split among units; it is completed when its last sub-task is. */
@IntegrationTest
class BreakdownIntegrationTests {

    @LocalServerPort
    int port;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private long subTask(long parent, String lead, String deadline) {
        var body = task("Phần việc của " + lead, lead, deadline);
        body.put("parent", Map.of("id", parent));
        var created = office().post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void theParentRollsUpFromItsSubTasks() {
        // Dated from today: a unit records a completion of recent days only (ADR 0018).
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long parent = office().post("/api/v1/tasks", task("Triển khai Nghị quyết (nhiệm vụ cha)", "TTTT",
                today.plusDays(60).toString())).json().get("id").asLong();
        long first = subTask(parent, "CDSQG", today.plusDays(30).toString());
        long second = subTask(parent, "ATTT", today.plusDays(60).toString());

        var tooLate = task("Phần việc quá hạn cha", "KHTC", today.plusDays(75).toString());
        tooLate.put("parent", Map.of("id", parent));
        var refused = office().post("/api/v1/tasks", tooLate);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("deadline");

        assertThat(office().all("/api/v1/tasks?parent=" + parent)).extracting(t -> t.get("id").asLong())
                .containsExactly(first, second);
        JsonNode before = office().get("/api/v1/tasks/" + parent).json();
        assertThat(before.get("subTasks").get("total").asLong()).isEqualTo(2);
        assertThat(office().get("/api/v1/tasks/" + first).json().get("parent").get("id").asLong()).isEqualTo(parent);

        // The Office records the first part as done three days ago (before the task was entered: the Office may, saying why).
        assertThat(office().post("/api/v1/tasks/" + first + "/completion",
                officeCompletion(today.minusDays(3).toString())).status()).isEqualTo(200);
        assertThat(office().get("/api/v1/tasks/" + parent).json().get("completedAt").isNull()).isTrue();
        resultFile(Api.as(port, "attt"), second);
        assertThat(Api.as(port, "attt").post("/api/v1/tasks/" + second + "/completion",
                Map.of("completedAt", today.toString())).status()).isEqualTo(200);

        JsonNode after = office().get("/api/v1/tasks/" + parent).json();
        assertThat(after.get("completedAt").asString()).as("the last part's date").isEqualTo(today.toString());
        assertThat(after.get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(after.get("subTasks").get("progressPercent").asInt()).isEqualTo(100);
        assertThat(office().get("/api/v1/tasks/" + parent + "/history").json().get("items").toString())
                .contains("\"actor\":\"attt\"", "COMPLETED");
        assertThat(Api.as(port, "tttt").delete("/api/v1/tasks/" + parent + "/completion").status())
                .as("rolled up on the authority of the unit that finished the last part, not the parent's lead")
                .isEqualTo(403);
    }

    @Test
    void aTaskCannotBeItsOwnAncestor() {
        long parent = office().post("/api/v1/tasks", task("Nhiệm vụ gốc", "TTTT", "2021-06-30")).json().get("id").asLong();
        long child = subTask(parent, "CDSQG", "2021-05-31");
        var body = task("Nhiệm vụ gốc", "TTTT", "2021-06-30");
        body.put("parent", Map.of("id", child));
        String etag = office().get("/api/v1/tasks/" + parent).header("ETag");
        var loop = office().put("/api/v1/tasks/" + parent, body, Map.of("If-Match", etag));
        assertThat(loop.status()).isEqualTo(400);
        assertThat(loop.json().get("errors").get(0).get("field").asString()).isEqualTo("parent");
    }
}
