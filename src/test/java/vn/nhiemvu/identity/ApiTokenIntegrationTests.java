package vn.nhiemvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class ApiTokenIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTokenWorksUntilItIsRevokedAndOnlyItsHashIsStored() {
        var created = Api.as(port, "cdsqg").post("/api/v1/tokens", Map.of("name", "Đồng bộ"));
        assertThat(created.status()).isEqualTo(201);
        String token = created.json().get("token").asString();
        long id = created.json().get("id").asLong();
        assertThat(token).startsWith("nv_");

        var withToken = Api.withToken(port, token);
        var tasks = withToken.get("/api/v1/tasks");
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json().get("items").valueStream()).allMatch(t -> t.toString().contains("\"CDSQG\""));
        assertThat(jdbc.sql("select count(*) from api_token where token_hash = :t").param("t", token)
                .query(Long.class).single()).isZero();

        assertThat(withToken.get("/api/v1/tokens").json().get("items").toString()).doesNotContain(token);
        assertThat(Api.as(port, "vp").delete("/api/v1/tokens/" + id).status())
                .as("another user's token does not exist for them").isEqualTo(404);
        assertThat(withToken.delete("/api/v1/tokens/" + id).status()).isEqualTo(204);
        assertThat(withToken.get("/api/v1/tasks").status()).isEqualTo(401);
    }

    @Test
    void aNewTokensSecretIsNeverKeptForReplay() {
        var first = Api.as(port, "vp").send("POST", "/api/v1/tokens", Map.of("name", "Kịch bản"),
                Map.of("Idempotency-Key", "token-1"));
        var second = Api.as(port, "vp").send("POST", "/api/v1/tokens", Map.of("name", "Kịch bản"),
                Map.of("Idempotency-Key", "token-1"));
        assertThat(second.json().get("token").asString()).isNotEqualTo(first.json().get("token").asString());
        assertThat(jdbc.sql("select count(*) from idempotent_request where body like :t")
                .param("t", "%" + first.json().get("token").asString() + "%").query(Long.class).single()).isZero();
    }

    @Test
    void aTokenNeedsAName() {
        var refused = Api.as(port, "vp").post("/api/v1/tokens", Map.of("name", " "));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("name");
    }
}
