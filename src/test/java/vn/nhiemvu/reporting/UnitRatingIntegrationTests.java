package vn.nhiemvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class UnitRatingIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void eachUnitsCeilingFollowsItsTasksDueInTheQuarter() {
        var office = Api.as(port, "vanphong");
        JsonNode ratings = office.get("/api/v1/rankings/units/ratings?quarter=2020-Q4&asOf=2021-01-15").json();
        assertThat(ratings.get("from").asString()).isEqualTo("2020-10-01");
        assertThat(ratings.get("to").asString()).isEqualTo("2020-12-31");
        assertThat(ratings.get("rule").asString()).contains("Quy định 366").contains("20 %");
        JsonNode ranking = office.get("/api/v1/rankings/units?from=2020-10-01&to=2020-12-31&asOf=2021-01-15").json();
        assertThat(ratings.get("items").size()).isEqualTo(ranking.get("items").size());
        boolean judged = false;
        for (JsonNode row : ratings.get("items")) {
            long due = row.get("due").asLong();
            String ceiling = row.get("ceiling").isNull() ? null : row.get("ceiling").asString();
            if (due == 0) {
                assertThat(ceiling).as(row.toString()).isNull();
                continue;
            }
            judged = true;
            String expected = row.get("overdue").asLong() > 0 ? "NOT_COMPLETED"
                    : row.get("late").asLong() == 0 ? "GOOD"
                    : row.get("late").asLong() * 5 <= due ? "COMPLETED" : "NOT_COMPLETED";
            assertThat(ceiling).as(row.toString()).isEqualTo(expected);
            assertThat(row.get("reasons").size()).isPositive();
            assertThat(row.get("ceilingLabel").asString()).startsWith(expected.equals("NOT_COMPLETED") ? "Không" : "Hoàn thành");
        }
        assertThat(judged).as("the demo data has tasks due in 2020-Q4").isTrue();
    }

    @Test
    void aUnitSeesItsRowAndBadQuartersAreProblems() {
        var unit = Api.as(port, "cdsqg");
        JsonNode items = unit.get("/api/v1/rankings/units/ratings?quarter=2020-Q4&asOf=2021-01-15").json().get("items");
        assertThat(items.valueStream().map(r -> r.get("key").asString())).contains("CDSQG");
        var office = Api.as(port, "vanphong");
        var bad = office.get("/api/v1/rankings/units/ratings?quarter=2020-Q5");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("detail").asString()).contains("2026-Q4");
    }
}
