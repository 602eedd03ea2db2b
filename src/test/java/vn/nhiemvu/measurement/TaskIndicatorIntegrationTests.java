package vn.nhiemvu.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Indicators computed from tasks follow the tasks of their area (recomputed after each change, a changed figure added
 * as a correction, never overwritten), and take no value from outside; an indicator fed by another system gets a token
 * that reads and writes that indicator and nothing else, and each value says through which channel it came.
 */
@IntegrationTest
class TaskIndicatorIntegrationTests {

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void anIndicatorComputedFromTasksFollowsThemAndIsNeverOverwritten() {
        var office = Api.as(port, "vanphong");
        String area = "TI" + System.nanoTime() % 100000;
        assertThat(office.post("/api/v1/areas", Map.of("code", area, "name", "Lĩnh vực tính chỉ tiêu " + area))
                .status()).isEqualTo(201);
        LocalDate deadline = today.minusDays(3);
        String code = "QH" + System.nanoTime() % 100000;
        var definition = definition(code, deadline.getYear(), "KHTC", "LOWER_IS_BETTER");
        definition.put("area", area);
        definition.put("metric", "OVERDUE_COUNT");
        definition.put("frequency", "MONTHLY");
        Api.Response created = office.post("/api/v1/indicators", definition);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("metric").asString()).isEqualTo("OVERDUE_COUNT");
        String period = deadline.toString().substring(0, 7);

        long first = task(office, "Chỉ tiêu tính: nhiệm vụ quá hạn 1", deadline);
        office.put("/api/v1/tasks/" + first + "/areas", Map.of("areas", List.of(area)), Map.of());
        JsonNode one = await().atMost(Duration.ofSeconds(20)).until(() -> inForce(office, code, period),
                v -> v != null && v.get("value").decimalValue().intValue() == 1);
        assertThat(one.get("channel").asString()).isEqualTo("COMPUTED");
        assertThat(one.get("recordedBy").asString()).isEqualTo("system");
        assertThat(one.get("correction").isNull()).isTrue();

        long second = task(office, "Chỉ tiêu tính: nhiệm vụ quá hạn 2", deadline);
        office.put("/api/v1/tasks/" + second + "/areas", Map.of("areas", List.of(area)), Map.of());
        JsonNode two = await().atMost(Duration.ofSeconds(20)).until(() -> inForce(office, code, period),
                v -> v != null && v.get("value").decimalValue().intValue() == 2);
        assertThat(two.get("correction").asString()).contains("Tính lại");
        JsonNode indicator = office.get("/api/v1/indicators/" + code).json();
        assertThat(indicator.get("history").valueStream().filter(v -> v.get("period").asString().equals(period))
                .map(v -> v.get("value").decimalValue().intValue())).containsExactly(2, 1);

        // The page: the chart (ECharts served by the application), the rule, each value's channel, no form.
        String page = FormSession.signIn(port, "khtc").get("/indicators/" + code).body();
        assertThat(page).contains("id=\"indicator-chart\"", "/js/echarts.min.js", "Số nhiệm vụ quá hạn",
                "Tính từ nhiệm vụ", "theo tình trạng do mô-đun đánh giá xác định").doesNotContain("value-form");

        // Nobody enters a value of a computed indicator, nor gives it a token.
        var value = value(period, 0);
        Api.Response refused = office.post("/api/v1/indicators/" + code + "/values", value);
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("tính tự động");
        assertThat(office.post("/api/v1/indicators/" + code + "/tokens", Map.of("name", "x")).status()).isEqualTo(400);
        // A computed indicator's direction is its metric's; it needs an area.
        var wrong = definition("QHX" + System.nanoTime() % 100000, today.getYear(), "KHTC", "HIGHER_IS_BETTER");
        wrong.put("metric", "OVERDUE_COUNT");
        Api.Response bad = office.post("/api/v1/indicators", wrong);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("area", "direction");
    }

    @Test
    void aTokenScopedToAnIndicatorFeedsThatIndicatorAndNothingElse() {
        var office = Api.as(port, "vanphong");
        int year = today.getYear() - 1;
        String code = "DAY" + System.nanoTime() % 100000;
        String other = code + "B";
        assertThat(office.post("/api/v1/indicators", definition(code, year, "KHTC", "HIGHER_IS_BETTER")).status())
                .isEqualTo(201);
        assertThat(office.post("/api/v1/indicators", definition(other, year, "KHTC", "HIGHER_IS_BETTER")).status())
                .isEqualTo(201);
        // Another unit may not give one; the responsible unit may.
        assertThat(Api.as(port, "pc").post("/api/v1/indicators/" + code + "/tokens", Map.of("name", "Hệ thống"))
                .status()).isEqualTo(403);
        Api.Response issued = Api.as(port, "khtc").post("/api/v1/indicators/" + code + "/tokens",
                Map.of("name", "Hệ thống giải ngân"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        var system = Api.withToken(port, issued.json().get("token").asString());
        long tokenId = issued.json().get("id").asLong();

        Api.Response pushed = system.post("/api/v1/indicators/" + code.toLowerCase() + "/values", value(year + "-Q1", 12.5));
        assertThat(pushed.status()).as(pushed.toString()).isEqualTo(201);
        JsonNode latest = pushed.json().get("latest");
        assertThat(latest.get("channel").asString()).isEqualTo("TOKEN");
        assertThat(latest.get("channelRef").asString()).isEqualTo("#" + tokenId + " Hệ thống giải ngân");
        assertThat(latest.get("recordedBy").asString()).isEqualTo("khtc");
        assertThat(system.get("/api/v1/indicators/" + code).status()).isEqualTo(200);

        // Not another indicator, not the list, not a task, not another token: whatever its owner may do.
        for (Api.Response r : List.of(system.post("/api/v1/indicators/" + other + "/values", value(year + "-Q1", 1)),
                system.get("/api/v1/indicators/" + other), system.get("/api/v1/indicators"),
                system.get("/api/v1/tasks"), system.post("/api/v1/tokens", Map.of("name", "thêm")),
                system.put("/api/v1/indicators/" + code, definition(code, year, "KHTC", "HIGHER_IS_BETTER"), Map.of()))) {
            assertThat(r.status()).as(r.toString()).isEqualTo(403);
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
        }
        assertThat(office.get("/api/v1/indicators/" + other).json().get("latest").isNull()).isTrue();
        // The owner's own script is another channel; the token is listed on the indicator.
        JsonNode byScript = Api.as(port, "khtc").post("/api/v1/indicators/" + code + "/values",
                value(year + "-Q2", 20)).json().get("latest");
        assertThat(byScript.get("channel").asString()).isEqualTo("API");
        assertThat(office.get("/api/v1/indicators/" + code + "/tokens").json().valueStream()
                .map(t -> t.get("id").asLong())).containsExactly(tokenId);
        // Revoked by its owner, it reads nothing.
        assertThat(Api.as(port, "khtc").delete("/api/v1/tokens/" + tokenId).status()).isEqualTo(204);
        assertThat(system.get("/api/v1/indicators/" + code).status()).isEqualTo(401);
    }

    @Test
    void theIndicatorsPageIssuesATokenShownOnceAndItsIssuerRevokesIt() {
        var office = Api.as(port, "vanphong");
        int year = today.getYear() - 1;
        String code = "TRANG" + System.nanoTime() % 100000;
        assertThat(office.post("/api/v1/indicators", definition(code, year, "KHTC", "HIGHER_IS_BETTER")).status())
                .isEqualTo(201);
        // Another unit sees neither the form nor the tokens, and may not post it.
        var other = FormSession.signIn(port, "pc");
        String otherPage = other.get("/indicators/" + code).body();
        assertThat(otherPage).doesNotContain("token-form");
        assertThat(other.submit("/indicators/" + code + "/tokens", otherPage, Map.of("name", "Lén")).statusCode())
                .isEqualTo(403);

        var unit = FormSession.signIn(port, "khtc");
        String page = unit.get("/indicators/" + code).body();
        assertThat(page).contains("token-form", "Chưa có mã nào còn hiệu lực cho chỉ tiêu này.");
        assertThat(unit.submit("/indicators/" + code + "/tokens", page, Map.of("name", " ")).body())
                .contains("token-form").doesNotContain("issued-token\"");
        var issued = unit.submit("/indicators/" + code + "/tokens", page, Map.of("name", "Phần mềm giải ngân"));
        assertThat(issued.statusCode()).isEqualTo(200);
        assertThat(issued.headers().firstValue("Cache-Control")).hasValue("no-store");
        var secret = java.util.regex.Pattern.compile("id=\"issued-token\">(nv_[^<]+)<").matcher(issued.body());
        assertThat(secret.find()).as(issued.body()).isTrue();
        var system = Api.withToken(port, secret.group(1));
        assertThat(system.post("/api/v1/indicators/" + code + "/values", value(year + "-Q1", 7)).status())
                .isEqualTo(201);

        // Shown once: the page read again lists the token, not its secret; the Office sees it, only its issuer
        // revokes it.
        String again = unit.get("/indicators/" + code).body();
        assertThat(again).contains("Phần mềm giải ngân").doesNotContain(secret.group(1), "issued-token\"");
        long id = office.get("/api/v1/indicators/" + code + "/tokens").json().get(0).get("id").asLong();
        var officePage = FormSession.signIn(port, "vanphong");
        String seen = officePage.get("/indicators/" + code).body();
        assertThat(seen).contains("Phần mềm giải ngân", "Người cấp thu hồi")
                .doesNotContain("/tokens/" + id + "/revocation");
        assertThat(officePage.submit("/indicators/" + code + "/tokens/" + id + "/revocation", seen, Map.of())
                .statusCode()).isEqualTo(404);
        assertThat(office.delete("/api/v1/indicators/" + code + "/tokens/" + id).status()).isEqualTo(404);
        assertThat(again).contains("/indicators/" + code + "/tokens/" + id + "/revocation");
        var revoked = unit.submit("/indicators/" + code + "/tokens/" + id + "/revocation", again, Map.of());
        assertThat(revoked.statusCode()).isEqualTo(302);
        assertThat(revoked.headers().firstValue("Location").orElseThrow()).endsWith("/indicators/" + code + "#tokens");
        assertThat(system.get("/api/v1/indicators/" + code).status()).isEqualTo(401);
        assertThat(office.get("/api/v1/indicators/" + code + "/tokens").json().size()).isZero();
    }

    private static JsonNode inForce(Api api, String code, String period) {
        return api.get("/api/v1/indicators/" + code).json().get("values").valueStream()
                .filter(v -> v.get("period").asString().equals(period)).findFirst().orElse(null);
    }

    private static LinkedHashMap<String, Object> definition(String code, int year, String owner, String direction) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", "Chỉ tiêu thử " + code);
        body.put("unitOfMeasure", "nhiệm vụ");
        body.put("direction", direction);
        body.put("target", 0);
        body.put("frequency", "QUARTERLY");
        body.put("year", year);
        body.put("ownerUnit", owner);
        return body;
    }

    private static Map<String, Object> value(String period, double value) {
        return Map.of("period", period, "value", value, "source", "Hệ thống giải ngân");
    }

    private static long task(Api office, String title, LocalDate deadline) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("leadUnit", Map.of("code", "PC"));
        body.put("deadline", deadline.toString());
        Api.Response created = office.post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
