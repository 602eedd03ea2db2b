package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.util.Map;

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
