package vn.nhiemvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class EvaluationPolicyIntegrationTests {

    private static final Map<String, Object> DEFAULTS = Map.of("kind", "CHI_THI_75", "dueSoonWorkingDays", 5,
            "cutoffWorkingDaysBeforeDeadline", 5, "nonWorkingDeadlineExtends", true);

    @LocalServerPort
    int port;

    @AfterEach
    void restoreDefaults() {
        Api.as(port, "admin").put("/api/v1/evaluation/policy", DEFAULTS, Map.of());
    }

    @Test
    void theAdministratorSetsTheWindowAndStatusesFollow() {
        var office = Api.as(port, "vanphong");
        assertThat(office.get("/api/v1/evaluation/policy").json().get("dueSoonWorkingDays").asInt()).isEqualTo(5);
        // Due Monday 15/3/2021; as of Monday 1/3 ten working days are left.
        long id = office.post("/api/v1/tasks", task("Kiểm tra cửa sổ cảnh báo", "KHCN", "2021-03-15")).json().get("id").asLong();
        assertThat(office.get("/api/v1/tasks/" + id + "?asOf=2021-03-01").json().get("status").asString()).isEqualTo("IN_PROGRESS");

        var wider = new java.util.HashMap<>(DEFAULTS);
        wider.put("dueSoonWorkingDays", 10);
        assertThat(office.put("/api/v1/evaluation/policy", wider, Map.of()).status()).isEqualTo(403);
        assertThat(Api.as(port, "admin").put("/api/v1/evaluation/policy", wider, Map.of()).status()).isEqualTo(200);
        assertThat(office.get("/api/v1/tasks/" + id + "?asOf=2021-03-01").json().get("status").asString()).isEqualTo("DUE_SOON");
    }

    @Test
    void refusesImpossibleSettings() {
        var bad = Api.as(port, "admin").put("/api/v1/evaluation/policy", Map.of("kind", "CHI_THI_75",
                "dueSoonWorkingDays", -1), Map.of());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").size()).isEqualTo(3);
    }
}
