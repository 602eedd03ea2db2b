package vn.nhiemvu.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** Prometheus scrapes with an administrator's credentials; health stays open for load balancers. */
@IntegrationTest
class MetricsIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void onlyAnAdministratorReadsTheMetrics() {
        Api.as(port, "vanphong").get("/api/v1/tasks");
        assertThat(Api.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        var office = Api.as(port, "vanphong").get("/actuator/prometheus");
        assertThat(office.status()).as(office.toString()).isEqualTo(403);

        var metrics = Api.as(port, "admin").send("GET", "/actuator/prometheus", null, Map.of("Accept", "text/plain"));
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("http_server_requests_seconds_count", "uri=\"/api/v1/tasks\"",
                "hikaricp_connections_active", "jvm_memory_used_bytes");

        assertThat(Api.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
    }
}
