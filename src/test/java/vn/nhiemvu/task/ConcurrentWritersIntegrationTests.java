package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Many writers at once on one node (issue 13): every create is answered 201 (none waits for a second connection, none
 * is a 500 or a "busy"), and the audit trail of what they wrote verifies afterwards — also for ten progress reports
 * sent on one task at the same moment, which used to chain onto the same previous entry.
 */
@IntegrationTest
class ConcurrentWritersIntegrationTests {

    private static final int WRITERS = 32;

    @LocalServerPort
    int port;

    private final ExecutorService pool = Executors.newFixedThreadPool(WRITERS);

    @AfterEach
    void stop() {
        pool.shutdownNow();
    }

    @Test
    void thirtyTwoWritersCreateWithoutAFailureAndTheirAuditVerifies() throws Exception {
        var office = Api.as(port, "vanphong");
        var calls = new ArrayList<Callable<List<Api.Response>>>();
        for (int w = 0; w < WRITERS; w++) {
            int writer = w;
            calls.add(() -> {
                var answers = new ArrayList<Api.Response>();
                for (int i = 0; i < 8; i++) {
                    // Deadlines both past and future: a task entered late records its overdue notices as it is created.
                    String deadline = i % 2 == 0 ? "2031-05-29" : "2020-05-29";
                    answers.add(office.send("POST", "/api/v1/tasks", task("Nhiệm vụ ghi đồng thời " + writer + "-" + i,
                            "CDSQG", deadline), Map.of("Idempotency-Key", "dong-thoi-" + writer + "-" + i)));
                }
                return answers;
            });
        }
        var ids = new ArrayList<Long>();
        for (Future<List<Api.Response>> done : pool.invokeAll(calls)) {
            for (Api.Response answer : done.get()) {
                assertThat(answer.status()).as(answer.body()).isEqualTo(201);
                ids.add(answer.json().get("id").asLong());
            }
        }
        assertThat(ids).doesNotHaveDuplicates().hasSize(WRITERS * 8);
        assertNoAuditProblemAbout(ids);
    }

    @Test
    void tenProgressReportsSentAtOnceOnOneTaskKeepItsChainIntact() throws Exception {
        long id = Api.as(port, "vanphong").post("/api/v1/tasks", task("Nhiệm vụ báo cáo đồng thời", "CDSQG", "2031-06-30"))
                .json().get("id").asLong();
        var unit = Api.as(port, "cdsqg");
        var calls = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 10; i++) {
            int percent = 10 * (i + 1);
            calls.add(() -> unit.post("/api/v1/tasks/" + id + "/progress-reports",
                    Map.of("percent", percent, "done", "Đã làm được " + percent + "%")));
        }
        for (Future<Api.Response> answer : pool.invokeAll(calls)) {
            assertThat(answer.get().status()).as(answer.get().body()).isEqualTo(201);
        }
        assertThat(unit.get("/api/v1/tasks/" + id + "/progress-reports").json().get("items")).hasSize(10);
        assertThat(unit.get("/api/v1/tasks/" + id + "/history").json().get("chainIntact").asBoolean()).isTrue();
        assertNoAuditProblemAbout(List.of(id));
    }

    /** Other tests tamper with the log on purpose: only what these writers touched is judged here. */
    private void assertNoAuditProblemAbout(List<Long> taskIds) {
        JsonNode verification = Api.as(port, "admin").post("/api/v1/admin/audit/verification", null).json();
        var ours = new ArrayList<String>();
        for (JsonNode problem : verification.get("problems")) {
            if ("TASK".equals(problem.get("entityType").asString()) && taskIds.contains(problem.get("entityId").asLong())) {
                ours.add(problem.toString());
            }
        }
        assertThat(ours).isEmpty();
    }
}
