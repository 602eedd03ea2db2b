package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** Every bad input gets a Vietnamese problem detail, and nothing is written. */
@IntegrationTest
class BadInputIntegrationTests {

    private static final String VIETNAMESE = ".*[ạảãáàâấầẩẫậăắằẳẵặđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ].*";

    @LocalServerPort
    int port;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private void assertProblem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).matches(java.util.regex.Pattern.compile(VIETNAMESE,
                java.util.regex.Pattern.DOTALL));
        if (field != null) {
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.toString()).contains(field);
        }
    }

    @Test
    void refusesBadTasksWithoutWritingAnything() {
        int before = office().all("/api/v1/tasks").size();
        var ok = task("Nhiệm vụ hợp lệ", "CDSQG", "2021-03-15");

        var badDate = new java.util.HashMap<>(ok);
        badDate.put("deadline", "2020-13-45");
        assertProblem(office().post("/api/v1/tasks", badDate), 400, "deadline");

        var unknownUnit = new java.util.HashMap<>(ok);
        unknownUnit.put("leadUnit", Map.of("code", "NO-SUCH-UNIT"));
        assertProblem(office().post("/api/v1/tasks", unknownUnit), 400, "leadUnit");

        var longTitle = new java.util.HashMap<>(ok);
        longTitle.put("title", "Dài ".repeat(200));
        assertProblem(office().post("/api/v1/tasks", longTitle), 400, "title");

        var missing = new java.util.HashMap<>(ok);
        missing.remove("title");
        missing.remove("leadUnit");
        var both = office().post("/api/v1/tasks", missing);
        assertProblem(both, 400, "title");
        assertProblem(both, 400, "leadUnit");

        var wrongType = new java.util.HashMap<>(ok);
        wrongType.put("coordinatingUnits", "VP");
        assertProblem(office().post("/api/v1/tasks", wrongType), 400, "coordinatingUnits");

        var wrongLeader = new java.util.HashMap<>(ok);
        wrongLeader.put("supervisingLeader", Map.of("id", "một"));
        assertProblem(office().post("/api/v1/tasks", wrongLeader), 400, "supervisingLeader.id");

        var coordinatingLead = new java.util.HashMap<>(ok);
        coordinatingLead.put("coordinatingUnits", java.util.List.of(Map.of("code", "CDSQG")));
        assertProblem(office().post("/api/v1/tasks", coordinatingLead), 400, "coordinatingUnits[0]");

        assertProblem(office().post("/api/v1/tasks", "{not json"), 400, null);
        assertProblem(office().post("/api/v1/tasks", "[1, 2]"), 400, null);
        assertProblem(office().send("POST", "/api/v1/tasks", null, Map.of("Content-Type", "application/json")), 400,
                null);
        assertProblem(office().send("POST", "/api/v1/tasks", "title=x", Map.of("Content-Type", "text/plain")), 415,
                null);

        assertThat(office().all("/api/v1/tasks")).hasSize(before);
    }

    @Test
    void badParametersAreProblemsToo() {
        assertProblem(office().get("/api/v1/tasks?asOf=2020-02-30"), 400, "asOf");
        assertProblem(office().get("/api/v1/tasks?status=LATE"), 400, "status");
        assertProblem(office().get("/api/v1/tasks?leadUnit=XYZ"), 400, "leadUnit");
        assertProblem(office().get("/api/v1/tasks/abc"), 400, "id");
        assertProblem(office().get("/api/v1/tasks/99999999"), 404, null);
        assertProblem(office().get("/api/v1/no-such-thing"), 404, null);
        assertProblem(office().send("PATCH", "/api/v1/tasks/1", "{}", Map.of()), 405, null);
        assertProblem(office().get("/api/v1/tasks?limit=abc"), 400, "limit");
    }

    @Test
    void anonymousAndWrongPasswordsAre401() {
        assertProblem(Api.anonymous(port).get("/api/v1/tasks"), 401, null);
        var wrong = Api.anonymous(port).send("GET", "/api/v1/tasks", null,
                Map.of("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("vanphong:sai".getBytes())));
        assertProblem(wrong, 401, null);
        assertProblem(Api.withToken(port, "nv_not-a-token").get("/api/v1/tasks"), 401, null);
    }

    @Test
    void aRequestTheFirewallRefusesIsAVietnameseProblemToo() throws Exception {
        try (var socket = new java.net.Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET /api/v1/tasks;x=1 HTTP/1.1\r\nHost: localhost\r\n"
                    + "Accept: application/json\r\nConnection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(response).startsWith("HTTP/1.1 400");
            assertThat(response).contains("application/problem+json", "Yêu cầu không hợp lệ");
        }
    }
}
