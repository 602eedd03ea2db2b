package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** Idempotency keys are remembered for a day, then the same key is a new request and the record is purged. */
@IntegrationTest
class IdempotencyRetentionIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    IdempotencyFilter filter;

    @Test
    void aKeyIsForgottenAfterItsRetentionPeriodAndThenPurged() {
        var office = Api.as(port, "vanphong");
        var body = task("Nhiệm vụ gửi lại sau hai ngày", "KHCN", "2031-01-31");
        long first = office.send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "cu-1")).json().get("id").asLong();
        age("cu-1");

        var later = office.send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "cu-1"));
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.header("Idempotent-Replayed")).isNull();
        assertThat(later.json().get("id").asLong()).isNotEqualTo(first);

        var fresh = office.send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "moi-1"));
        age("cu-1");
        filter.purgeExpired();
        assertThat(count("cu-1")).isZero();
        assertThat(count("moi-1")).isOne();
        assertThat(office.send("POST", "/api/v1/tasks", body, Map.of("Idempotency-Key", "moi-1")).json().get("id").asLong())
                .isEqualTo(fresh.json().get("id").asLong());
    }

    private void age(String key) {
        jdbc.sql("update idempotent_request set created_at = :old where idem_key = :key")
                .param("old", OffsetDateTime.now(clock).minusDays(2)).param("key", key).update();
    }

    private long count(String key) {
        return jdbc.sql("select count(*) from idempotent_request where idem_key = :key").param("key", key)
                .query(Long.class).single();
    }
}
