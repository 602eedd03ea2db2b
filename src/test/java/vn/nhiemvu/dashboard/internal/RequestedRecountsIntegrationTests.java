package vn.nhiemvu.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.dashboard.Dashboard;
import vn.nhiemvu.dashboard.Dashboards;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskManagement;

/**
 * A migration that changes a counter's rule leaves a recount request (V12_4_1 did, for the trend by assignment date):
 * the application recounts every agency and forgets the request, and the counters built under the old rule are right
 * again.
 */
@IntegrationTest
class RequestedRecountsIntegrationTests {

    @Autowired
    RequestedRecounts requested;
    @Autowired
    Dashboards dashboards;
    @Autowired
    Accounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TaskManagement tasks;

    @Test
    void aRequestedRecountRebuildsCountersBuiltUnderAnOldRule() {
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        // A task of its own, so that this month has a counter row whatever the tests before it left.
        tasks.create(office, new TaskDraft(TaskKind.OTHER, "Đếm lại theo yêu cầu: nhiệm vụ giao tháng này", null,
                TaskDraft.Ref.ofCode("CDSQG"), List.of(), null, null, null, null, null, null));
        requested.recountAsRequested();
        List<Dashboard.MonthTrend> right = dashboards.dashboard(office, null).trend();
        // As the old rule left them: this month's "received" counted every task typed in this month.
        jdbc.sql("update dashboard_agency_month set opened = opened + 40 where agency_id = :agency and month_on = :month")
                .param("agency", office.agencyId()).param("month", right.get(11).month().atDay(1)).update();
        jdbc.sql("insert into dashboard_recount_request (reason, requested_at) values ('test: a rule changed', :now)")
                .param("now", OffsetDateTime.now()).update();
        assertThat(dashboards.dashboard(office, null).trend()).isNotEqualTo(right);

        assertThat(requested.recountAsRequested()).isPositive();
        assertThat(dashboards.dashboard(office, null).trend()).isEqualTo(right);
        assertThat(jdbc.sql("select count(*) from dashboard_recount_request").query(Long.class).single()).isZero();
        assertThat(requested.recountAsRequested()).as("nothing left to do").isZero();
    }
}
