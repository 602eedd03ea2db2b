package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class RankingIntegrationTests {

    private static final String PERIOD = "from=2020-07-01&to=2020-12-31&asOf=2021-01-15";

    @LocalServerPort
    int port;

    @Test
    void theUnitRankingAgreesWithTheTaskList() {
        var office = Api.as(port, "vanphong");
        JsonNode ranking = office.get("/api/v1/rankings/units?" + PERIOD).json();
        assertThat(ranking.get("formula").asString()).contains("tỷ lệ hoàn thành đúng hạn");
        List<JsonNode> tasks = office.all("/api/v1/tasks?asOf=2021-01-15");
        for (JsonNode row : ranking.get("items")) {
            assertThat(row.get("due").asLong()).as(row.toString()).isEqualTo(due(tasks, row.get("key").asString()));
        }
        List<Integer> ranks = ranking.get("items").valueStream().map(r -> r.get("rank").asInt()).filter(r -> r > 0).toList();
        assertThat(ranks).isNotEmpty();
        assertThat(ranks).isSorted();
        assertThat(office.get("/api/v1/rankings/leaders?" + PERIOD).json().get("items")).isNotEmpty();
    }

    /** Tasks of the lead unit whose applicable deadline falls in the second half of 2020. */
    private static long due(List<JsonNode> tasks, String leadUnit) {
        return tasks.stream().filter(t -> t.get("leadUnit").get("code").asString().equals(leadUnit)
                && !t.get("applicableDeadline").isNull()
                && !LocalDate.parse(t.get("applicableDeadline").asString()).isBefore(LocalDate.of(2020, 7, 1))
                && !LocalDate.parse(t.get("applicableDeadline").asString()).isAfter(LocalDate.of(2020, 12, 31)))
                .count();
    }

    @Test
    void aUnitsRankingCountsOnlyTheTasksItMaySee() {
        var unit = Api.as(port, "cdsqg");
        List<JsonNode> visible = unit.all("/api/v1/tasks?asOf=2021-01-15");
        JsonNode items = unit.get("/api/v1/rankings/units?" + PERIOD).json().get("items");
        assertThat(items.valueStream().map(r -> r.get("key").asString())).contains("CDSQG");
        for (JsonNode row : items) {
            assertThat(row.get("due").asLong()).as(row.toString()).isEqualTo(due(visible, row.get("key").asString()));
        }
    }

    @Test
    void badRequestsAreProblems() {
        var office = Api.as(port, "vanphong");
        assertThat(office.get("/api/v1/rankings/planets").status()).isEqualTo(404);
        assertThat(office.get("/api/v1/rankings/units?from=2020-12-31&to=2020-01-01").status()).isEqualTo(400);
        assertThat(office.get("/api/v1/rankings/units?policy=FAIR").status()).isEqualTo(400);
    }
}
