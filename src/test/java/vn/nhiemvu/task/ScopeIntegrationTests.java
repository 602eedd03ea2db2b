package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.resultFile;
import static vn.nhiemvu.support.Bodies.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** A task outside a user's scope does not exist for them, through every endpoint. */
@IntegrationTest
class ScopeIntegrationTests {

    @LocalServerPort
    int port;

    private long htqtTask;
    private long vpCoordinated;

    @BeforeEach
    void createTasks() {
        var office = Api.as(port, "vanphong");
        var alone = task("Việc riêng của Vụ Hợp tác quốc tế", "HTQT", today().plusDays(30).toString());
        alone.put("coordinatingUnits", List.of(Map.of("code", "KHTC")));
        htqtTask = office.post("/api/v1/tasks", alone).json().get("id").asLong();
        vpCoordinated = office.post("/api/v1/tasks", task("Việc Văn phòng Bộ phối hợp", "HTQT", "2021-04-30"))
                .json().get("id").asLong();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    private static boolean involves(JsonNode task, String code) {
        return task.get("leadUnit").get("code").asString().equals(code)
                || task.get("coordinatingUnits").valueStream().anyMatch(u -> u.get("code").asString().equals(code));
    }

    @Test
    void aUnitSeesCountsAndChangesOnlyItsOwnWork() {
        var vp = Api.as(port, "vp");
        List<JsonNode> mine = vp.all("/api/v1/tasks");
        assertThat(mine).isNotEmpty().allMatch(t -> involves(t, "VP"));
        assertThat(mine).anyMatch(t -> t.get("id").asLong() == vpCoordinated);
        assertThat(mine).noneMatch(t -> t.get("id").asLong() == htqtTask);
        assertThat(vp.all("/api/v1/tasks?leadUnit=HTQT")).allMatch(t -> involves(t, "VP"));
        assertThat(vp.all("/api/v1/tasks?q=viec%20rieng%20cua%20vu%20hop%20tac")).isEmpty();

        assertThat(vp.get("/api/v1/tasks/" + htqtTask).status()).isEqualTo(404);
        assertThat(vp.get("/api/v1/tasks/" + htqtTask + "/history").status()).isEqualTo(404);
        assertThat(vp.put("/api/v1/tasks/" + htqtTask, task("Đổi tên", "HTQT", "2021-04-30"), Map.of("If-Match", "\"0\"")).status())
                .isEqualTo(404);
        assertThat(vp.post("/api/v1/tasks/" + htqtTask + "/completion", Map.of("completedAt", "2021-01-01")).status())
                .isEqualTo(404);
        assertThat(vp.delete("/api/v1/tasks/" + htqtTask + "/completion").status()).isEqualTo(404);

        // Visible as a coordinator, but only the lead unit records completion.
        assertThat(vp.get("/api/v1/tasks/" + vpCoordinated).status()).isEqualTo(200);
        assertThat(vp.post("/api/v1/tasks/" + vpCoordinated + "/completion", Map.of("completedAt", "2021-01-01"))
                .status()).isEqualTo(403);
        assertThat(vp.put("/api/v1/tasks/" + vpCoordinated, task("Đổi tên", "HTQT", "2021-04-30"), Map.of("If-Match", "\"0\""))
                .status()).isEqualTo(403);
        assertThat(vp.post("/api/v1/tasks", task("Tự giao việc", "VP", "2021-04-30")).status()).isEqualTo(403);

        JsonNode stats = vp.get("/api/v1/stats/status-by-unit").json();
        long counted = stats.get("items").valueStream().mapToLong(e -> e.get("total").asLong()).sum();
        assertThat(counted).isEqualTo(mine.size());
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks/" + htqtTask).status()).isEqualTo(200);
    }

    @Test
    void theLeadUnitRecordsItsOwnCompletion() {
        var htqt = Api.as(port, "htqt");
        resultFile(htqt, htqtTask);
        assertThat(htqt.post("/api/v1/tasks/" + htqtTask + "/completion", Map.of("completedAt", today().toString()))
                .status()).isEqualTo(200);
        assertThat(Api.as(port, "khtc").get("/api/v1/tasks/" + htqtTask).json().get("status").asString())
                .isEqualTo("COMPLETED_ON_TIME");
    }

    @Test
    void theLegalDepartmentReadsEverythingAndChangesNothing() {
        var legal = Api.as(port, "phapche");
        assertThat(legal.get("/api/v1/tasks/" + htqtTask).status()).isEqualTo(200);
        assertThat(legal.all("/api/v1/tasks")).hasSameSizeAs(Api.as(port, "vanphong").all("/api/v1/tasks"));
        assertThat(legal.post("/api/v1/tasks/" + htqtTask + "/completion", Map.of("completedAt", "2021-01-01")).status())
                .isEqualTo(403);
        assertThat(legal.post("/api/v1/tasks", task("Pháp chế tự giao", "PC", "2021-04-30")).status()).isEqualTo(403);
    }

    @Test
    void aLeaderSeesWhatTheySuperviseAndTheirUnitsWork() {
        List<JsonNode> all = Api.as(port, "vanphong").all("/api/v1/tasks");
        List<JsonNode> visible = Api.as(port, "lanhdao").all("/api/v1/tasks");
        assertThat(visible).isNotEmpty();
        assertThat(visible.size()).isLessThan(all.size());
        assertThat(visible).anyMatch(t -> t.get("leadUnit").get("code").asString().equals("CDSQG"));
        // One of the leaders is "lanhdao": every visible task is theirs or led by a unit they supervise.
        JsonNode leaders = Api.as(port, "vanphong").get("/api/v1/leaders").json().get("items");
        assertThat(leaders.valueStream()).anyMatch(leader -> visible.stream().allMatch(t -> {
            JsonNode supervising = t.get("supervisingLeader");
            boolean supervises = supervising != null && !supervising.isNull()
                    && supervising.get("id").asLong() == leader.get("id").asLong();
            boolean unit = leader.get("supervisedUnitIds").valueStream()
                    .anyMatch(u -> u.asLong() == t.get("leadUnit").get("id").asLong());
            return supervises || unit;
        }));
    }
}
