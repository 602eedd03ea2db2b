package vn.nhiemvu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.NhiemVuApplication;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Two application nodes on one PostgreSQL database sweep at the same moment: every notice is recorded and sent once
 * (the unique key decides), and the two nodes' counts add up to what was recorded.
 */
@IntegrationTest
class TwoNodesSweepIntegrationTests {

    @BeforeAll
    static void onPostgreSql() {
        String url = System.getenv("SPRING_DATASOURCE_URL");
        assumeTrue(url != null && url.startsWith("jdbc:postgresql:"), "needs a shared PostgreSQL database");
    }

    @Autowired
    Monitoring monitoring;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TaskManagement tasks;

    @Autowired
    Accounts accounts;

    @Test
    void eachNoticeOnceWhenTwoNodesSweepTogether() throws Exception {
        // A year ahead every open demo task is overdue by a new number of repetitions: fresh occasions to send.
        LocalDate asOf = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusYears(1);
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        for (int i = 0; i < 40; i++) {
            // Due on the day (a warning) or a month before it (overdue, escalated): three notices per pair.
            for (LocalDate deadline : java.util.List.of(asOf, asOf.minusMonths(1))) {
                tasks.create(office, new TaskDraft(null, "Hai nút " + i + " " + deadline, null,
                        TaskDraft.Ref.ofCode(i % 2 == 0 ? "CDSQG" : "VP"), null, null, null, null, deadline, null, null));
            }
        }
        try (var second = new SpringApplicationBuilder(NhiemVuApplication.class).profiles("test")
                .run("--server.port=0", "--nhiemvu.demo-data.enabled=false")) {
            Monitoring other = second.getBean(Monitoring.class);
            var start = new CyclicBarrier(2);
            var mine = CompletableFuture.supplyAsync(() -> sweepAfter(start, monitoring, asOf));
            var theirs = CompletableFuture.supplyAsync(() -> sweepAfter(start, other, asOf));
            int sent = mine.get() + theirs.get();

            long recorded = jdbc.sql("select count(*) from notice where issued_on = :day").param("day", asOf)
                    .query(Long.class).single();
            assertThat(sent).isGreaterThanOrEqualTo(120);
            assertThat(recorded).as("notices recorded = notices the two nodes say they sent").isEqualTo(sent);
            assertThat(jdbc.sql("""
                    select count(*) from (select notice_id, user_id from notification_inbox group by notice_id, user_id
                    having count(*) > 1) twice""").query(Long.class).single()).isZero();
            assertThat(monitoring.sweep(asOf) + other.sweep(asOf)).as("nothing left to send").isZero();
        }
    }

    private static int sweepAfter(CyclicBarrier start, Monitoring node, LocalDate asOf) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return node.sweep(asOf);
    }
}
