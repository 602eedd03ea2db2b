package vn.nhiemvu.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class DemoDataLoaderTests {

    private static final List<String> TABLES = List.of("agency", "org_unit", "leader", "leader_unit", "app_user",
            "directive", "task", "task_coordinating_unit", "audit_event", "unit_head", "task_performer",
            "task_work_weight", "person_general_points", "indicator", "indicator_value", "par_criterion", "par_score");

    @Autowired
    DemoDataLoader loader;

    @Autowired
    JdbcClient jdbc;

    private Map<String, Long> counts() {
        var counts = new LinkedHashMap<String, Long>();
        TABLES.forEach(t -> counts.put(t, jdbc.sql("select count(*) from " + t).query(Long.class).single()));
        return counts;
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
