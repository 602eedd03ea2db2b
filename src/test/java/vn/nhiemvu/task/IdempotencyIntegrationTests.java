package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** A POST repeated with the same Idempotency-Key does nothing twice and gets the first answer. */
@IntegrationTest
class IdempotencyIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aRepeatedPostIsAnsweredFromTheFirstOne() {
        var office = Api.as(port, "vanphong");
        int before = office.all("/api/v1/tasks").size();
        var body = task("Nhiệm vụ gửi lại hai lần", "KHCN", "2031-01-31");
        var first = office.send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "tao-nhiem-vu-1"));
        var again = office.send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "tao-nhiem-vu-1"));
        assertThat(first.status()).isEqualTo(201);
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.json().get("id").asLong()).isEqualTo(first.json().get("id").asLong());
        assertThat(office.all("/api/v1/tasks")).hasSize(before + 1);

        // The key belongs to its person: another account's same key is another request.
        var other = Api.as(port, "admin").send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "tao-nhiem-vu-1"));
        assertThat(other.json().get("id").asLong()).isNotEqualTo(first.json().get("id").asLong());

        var elsewhere = office.send("POST", "/api/v1/directives", Map.of(), Map.of("Idempotency-Key", "tao-nhiem-vu-1"));
        assertThat(elsewhere.status()).isEqualTo(422);
        assertThat(elsewhere.json().get("detail").asString()).contains("yêu cầu khác");

        var refused = office.send("POST", "/api/v1/tasks", Map.of("title", ""), Map.of("Idempotency-Key", "sai-1"));
        var refusedAgain = office.send("POST", "/api/v1/tasks", Map.of("title", ""), Map.of("Idempotency-Key", "sai-1"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refusedAgain.status()).isEqualTo(400);
        assertThat(refusedAgain.body()).isEqualTo(refused.body());
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedAndDoesNothing() {
        var office = Api.as(port, "vanphong");
        var first = office.send("POST", "/api/v1/tasks", task("Nhiệm vụ khóa dùng lại", "KHCN", "2031-02-28"),
                Map.of("Idempotency-Key", "khoa-dung-lai"));
        assertThat(first.status()).isEqualTo(201);
        int before = office.all("/api/v1/tasks").size();
        var other = office.send("POST", "/api/v1/tasks", task("Một nhiệm vụ khác hẳn", "KHCN", "2031-02-28"),
                Map.of("Idempotency-Key", "khoa-dung-lai"));
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.json().get("detail").asString()).contains("nội dung khác");
        assertThat(office.all("/api/v1/tasks")).hasSize(before);
    }

    @Test
    void repeatsSentAtOnceCreateOneTaskAndAllGetItsAnswer() throws Exception {
        var office = Api.as(port, "vanphong");
        int before = office.all("/api/v1/tasks").size();
        var body = task("Nhiệm vụ gửi đồng thời tám lần", "KHCN", "2031-03-31");
        var calls = new ArrayList<Callable<Api.Response>>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> office.send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "cung-luc-1")));
        }
        var pool = Executors.newFixedThreadPool(8);
        try {
            var ids = new ArrayList<Long>();
            for (var answer : pool.invokeAll(calls)) {
                Api.Response r = answer.get();
                // The repeats wait for the first on the key's row; past the lock timeout one is told it is running.
                assertThat(r.status()).as(r.body()).isIn(201, 409);
                if (r.status() == 201) {
                    ids.add(r.json().get("id").asLong());
                }
            }
            assertThat(ids).isNotEmpty().allSatisfy(id -> assertThat(id).isEqualTo(ids.get(0)));
        } finally {
            pool.shutdownNow();
        }
        assertThat(office.all("/api/v1/tasks")).hasSize(before + 1);
    }

    @Test
    void guidanceRequestsAndProgressReportsAreNotDuplicatedEither() {
        var office = Api.as(port, "vanphong");
        long id = office.post("/api/v1/tasks", task("Nhiệm vụ có đề nghị gửi lại", "CDSQG", "2031-01-31"))
                .json().get("id").asLong();
        var unit = Api.as(port, "cdsqg");
        for (int i = 0; i < 2; i++) {
            unit.send("POST", "/api/v1/tasks/" + id + "/guidance-requests",
                    Map.of("kind", "GUIDANCE", "obstacle", "Cần ý kiến về phạm vi"), Map.of("Idempotency-Key", "hoi-1"));
            unit.send("POST", "/api/v1/tasks/" + id + "/progress-reports",
                    Map.of("percent", 30, "done", "Đã khởi động"), Map.of("Idempotency-Key", "bao-cao-1"));
        }
        assertThat(unit.get("/api/v1/tasks/" + id + "/guidance-requests").json().get("items")).hasSize(1);
        assertThat(unit.get("/api/v1/tasks/" + id + "/progress-reports").json().get("items")).hasSize(1);
    }
}
