package vn.nhiemvu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

@IntegrationTest
class ReportScheduleIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theOfficeSeesWhoHasNotReportedThisPeriod() {
        var office = Api.as(port, "vanphong");
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Báo cáo định kỳ: nhiệm vụ thử");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("deadline", "2031-12-31");
        long id = office.post("/api/v1/tasks", body).json().get("id").asLong();
        String missing = "/api/v1/progress-reports/missing";
        assertThat(office.get(missing).json().get("items").toString()).doesNotContain("\"taskId\":" + id + ",");

        assertThat(Api.as(port, "cdsqg").put("/api/v1/tasks/" + id + "/report-schedule",
                Map.of("frequency", "WEEKLY"), Map.of()).status()).isEqualTo(403);
        assertThat(office.put("/api/v1/tasks/" + id + "/report-schedule", Map.of("frequency", "WEEKLY"), Map.of())
                .status()).isEqualTo(204);
        assertThat(office.get(missing).json().get("items").toString()).contains("\"taskId\":" + id + ",");
        assertThat(Api.as(port, "cdsqg").get("/api/v1/inbox").json().get("items").toString())
                .contains("/tasks/" + id + "/plan");

        assertThat(Api.as(port, "cdsqg").post("/api/v1/tasks/" + id + "/progress-reports",
                Map.of("percent", 10, "done", "Đã khởi động")).status()).isEqualTo(201);
        assertThat(office.get(missing).json().get("items").toString()).doesNotContain("\"taskId\":" + id + ",");
        assertThat(Api.as(port, "vp").get(missing).json().get("items").toString()).doesNotContain("\"taskId\":" + id + ",");
        assertThat(office.put("/api/v1/tasks/" + id + "/report-schedule", Map.of("frequency", "DAILY"), Map.of())
                .status()).isEqualTo(400);
    }
}
