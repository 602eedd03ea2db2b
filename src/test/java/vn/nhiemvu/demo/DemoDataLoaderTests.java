package vn.nhiemvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class DemoDataLoaderTests {

    private static final List<String> TABLES = List.of("agency", "org_unit", "leader", "leader_unit", "app_user",
            "directive", "task", "task_coordinating_unit", "audit_event", "unit_head", "task_performer",
            "task_work_weight", "person_general_points", "indicator", "indicator_value", "par_criterion", "par_score",
            "round_submission");

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    @LocalServerPort
    int port;

    private Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        TABLES.forEach(t -> counts.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single()));
        return counts;
    }

    @Test
    void theSeedRoundHasAnswersSoItsAggregationAndSimilarProposalsShowSomething() {
        var office = Api.as(port, "vanphong");
        long round = office.get("/api/v1/rounds").json().get("items").valueStream()
                .filter(r -> r.get("title").asString().contains("Công văn 50/BTTTT-CĐSQG")).findFirst().orElseThrow()
                .get("id").asLong();
        JsonNode aggregation = office.get("/api/v1/rounds/" + round + "/aggregation").json();
        assertThat(aggregation.get("proposals").valueStream().map(p -> p.get("agency").toString()).distinct()
                .toList()).hasSize(3);
        // Bộ Y tế's and Hà Nội's training proposals say the same thing: the one pair suggested for merging.
        JsonNode pairs = office.get("/api/v1/rounds/" + round + "/similar").json().get("items");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).toString()).contains("Tổ chức tập huấn, bồi dưỡng kiến thức, kỹ năng về chuyển đổi số");
    }

    @Test
    void aFewUnitsStaffCarryOutTheirTasksSoTheSheetsShowSomething() {
        assertThat(jdbc.sql("select count(*) from unit_head").query(Long.class).single()).isGreaterThanOrEqualTo(3);
        assertThat(jdbc.sql("select count(*) from task_performer").query(Long.class).single()).isGreaterThanOrEqualTo(4);
        assertThat(jdbc.sql("select count(*) from person_general_points").query(Long.class).single()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void loadingAgainChangesNothing() {
        var before = counts();
        loader.afterSingletonsInstantiated();
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void everyUnitHasAnAccountNamedByItsCodeAndEveryDemoRoleExists() {
        List<String> missing = jdbc.sql("""
                select u.code from org_unit u where not exists (
                    select 1 from app_user a where a.username = lower(u.code) and a.role = 'UNIT' and a.unit_id = u.id)
                """).query(String.class).list();
        assertThat(missing).isEmpty();
        assertThat(jdbc.sql("select username || ':' || role from app_user where username in ('admin', 'vanphong', 'phapche', 'lanhdao') order by username")
                .query(String.class).list())
                .containsExactly("admin:ADMIN", "lanhdao:LEADER", "phapche:LEGAL", "vanphong:OFFICE");
    }

    @Test
    void everyDemoTaskWasAuditedWhenItWasCreated() {
        long tasks = jdbc.sql("select count(*) from task where created_by = 'demo-data'").query(Long.class).single();
        long audited = jdbc.sql("select count(*) from audit_event where entity_type = 'TASK' and action = 'CREATED' and actor = 'demo-data'")
                .query(Long.class).single();
        assertThat(audited).isEqualTo(tasks).isPositive();
    }
}
