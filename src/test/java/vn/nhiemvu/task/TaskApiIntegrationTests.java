package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.officeCompletion;
import static vn.nhiemvu.support.Bodies.task;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** The task API through HTTP, as the Ministry Office uses it. */
@IntegrationTest
class TaskApiIntegrationTests {

    @LocalServerPort
    int port;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    @Test
    void theSeedDocumentsTasksAreThere() {
        List<JsonNode> tasks = office().all("/api/v1/tasks?asOf=2020-10-01");
        assertThat(tasks).hasSizeGreaterThanOrEqualTo(15);
        assertThat(tasks).anyMatch(t -> t.path("directive").path("number").asString("").equals("105/NQ-CP")
                && t.get("deadline").asString().equals("2020-09-30"));
        assertThat(tasks.stream().filter(t -> t.path("directive").path("number").asString("").equals("75/CT-BTTTT")))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(tasks).allMatch(t -> t.has("status") && t.get("leadUnit").has("code"));
    }

    @Test
    void statusFollowsTheDeadlineAndTheAsOfDate() {
        var created = office().post("/api/v1/tasks", task("Kiểm tra trạng thái", "CDSQG", "2021-03-15"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Map<String, String> expected = Map.of("2021-01-10", "IN_PROGRESS", "2021-03-12", "DUE_SOON",
                "2021-03-15", "DUE_SOON", "2021-03-16", "OVERDUE");
        expected.forEach((asOf, status) -> assertThat(
                office().get("/api/v1/tasks/" + id + "?asOf=" + asOf).json().get("status").asString())
                .as("as of %s", asOf).isEqualTo(status));

        assertThat(office().post("/api/v1/tasks/" + id + "/completion", officeCompletion("2021-03-15")).status())
                .isEqualTo(200);
        assertThat(office().get("/api/v1/tasks/" + id + "?asOf=2022-01-01").json().get("status").asString())
                .isEqualTo("COMPLETED_ON_TIME");
        assertThat(office().get("/api/v1/tasks/" + id + "?asOf=2021-03-10").json().get("status").asString())
                .as("the completion had not happened yet").isEqualTo("DUE_SOON");

        String future = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString();
        assertThat(office().delete("/api/v1/tasks/" + id + "/completion").status()).isEqualTo(200);
        var refused = office().post("/api/v1/tasks/" + id + "/completion", Map.of("completedAt", future));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("completedAt");
    }

    @Test
    void aStaleETagIsRefusedAndTheCurrentOneAccepted() {
        long id = office().post("/api/v1/tasks", task("Kiểm tra ETag", "KHTC", "2021-05-01")).json().get("id").asLong();
        var read = office().get("/api/v1/tasks/" + id);
        String etag = read.header("ETag");
        assertThat(etag).isNotBlank();
        var body = task("Kiểm tra ETag (sửa)", "KHTC", "2021-05-02");

        assertThat(office().put("/api/v1/tasks/" + id, body, Map.of("If-Match", "\"stale-0\"")).status()).isEqualTo(412);
        assertThat(office().put("/api/v1/tasks/" + id, body, Map.of()).status()).isEqualTo(428);
        var updated = office().put("/api/v1/tasks/" + id, body, Map.of("If-Match", etag));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.header("ETag")).isNotEqualTo(etag);
        assertThat(office().put("/api/v1/tasks/" + id, body, Map.of("If-Match", etag)).status())
                .as("the ETag read before the update is stale now").isEqualTo(412);
        assertThat(office().get("/api/v1/tasks/" + id).json().get("title").asString()).isEqualTo("Kiểm tra ETag (sửa)");
    }

    @Test
    void everyChangeIsInTheTasksHistoryWithBeforeAndAfter() {
        long id = office().post("/api/v1/tasks", task("Kiểm tra lịch sử", "TTRA", "2021-06-30")).json().get("id").asLong();
        String etag = office().get("/api/v1/tasks/" + id).header("ETag");
        office().put("/api/v1/tasks/" + id, task("Kiểm tra lịch sử", "TTRA", "2021-07-31"), Map.of("If-Match", etag));
        office().post("/api/v1/tasks/" + id + "/completion", officeCompletion("2021-07-20"));

        JsonNode history = office().get("/api/v1/tasks/" + id + "/history").json();
        List<String> actions = history.get("items").valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsExactly("CREATED", "UPDATED", "COMPLETED");
        JsonNode update = history.get("items").get(1);
        assertThat(update.get("actor").asString()).isEqualTo("vanphong");
        assertThat(update.get("before").get("deadline").asString()).isEqualTo("2021-06-30");
        assertThat(update.get("after").get("deadline").asString()).isEqualTo("2021-07-31");
        assertThat(history.get("chainIntact").asBoolean()).isTrue();
    }

    @Test
    void searchIgnoresDiacritics() {
        office().post("/api/v1/tasks", task("Rà soát nhiệm vụ quá hạn của Thanh tra", "TTRA", "2021-08-31"));
        List<JsonNode> found = office().all("/api/v1/tasks?q=qua%20han%20cua%20thanh%20tra");
        assertThat(found).anyMatch(t -> t.get("title").asString().equals("Rà soát nhiệm vụ quá hạn của Thanh tra"));
        assertThat(office().all("/api/v1/tasks?q=QUÁ%20HẠN%20CỦA%20THANH")).isNotEmpty();
    }

    @Test
    void filtersByStatusAgreeWithEachTasksStatus() {
        for (String asOf : List.of("2020-09-01", "2020-09-25", "2020-10-01", "2020-11-05", "2021-01-01", "2024-01-10")) {
            List<JsonNode> all = office().all("/api/v1/tasks?asOf=" + asOf);
            for (String status : List.of("COMPLETED_ON_TIME", "COMPLETED_LATE", "IN_PROGRESS", "DUE_SOON", "OVERDUE",
                    "NO_DEADLINE")) {
                List<Long> filtered = office().all("/api/v1/tasks?asOf=" + asOf + "&status=" + status).stream()
                        .map(t -> t.get("id").asLong()).toList();
                List<Long> classified = all.stream().filter(t -> t.get("status").asString().equals(status))
                        .map(t -> t.get("id").asLong()).toList();
                assertThat(filtered).as("%s as of %s", status, asOf).containsExactlyElementsOf(classified);
            }
        }
    }

    @Test
    void statsPerUnitAgreeWithTheList() {
        String asOf = "2020-10-01";
        JsonNode stats = office().get("/api/v1/stats/status-by-unit?asOf=" + asOf).json();
        List<JsonNode> all = office().all("/api/v1/tasks?asOf=" + asOf);
        for (JsonNode entry : stats.get("items")) {
            String code = entry.get("unit").get("code").asString();
            for (var status : entry.get("counts").propertyNames()) {
                long listed = all.stream().filter(t -> t.get("leadUnit").get("code").asString().equals(code)
                        && t.get("status").asString().equals(status)).count();
                assertThat(entry.get("counts").get(status).asLong()).as("%s %s", code, status).isEqualTo(listed);
            }
        }
        assertThat(stats.get("totals").get("OVERDUE").asLong())
                .isEqualTo(all.stream().filter(t -> t.get("status").asString().equals("OVERDUE")).count());
    }

    @Test
    void pagesWithAnOpaqueCursor() {
        var first = office().get("/api/v1/tasks?limit=5");
        assertThat(first.json().get("items")).hasSize(5);
        String cursor = first.json().get("nextCursor").asString();
        var second = office().get("/api/v1/tasks?limit=5&cursor=" + cursor);
        assertThat(second.json().get("items").get(0).get("id").asLong())
                .isGreaterThan(first.json().get("items").get(4).get("id").asLong());
        assertThat(office().get("/api/v1/tasks?cursor=garbage").status()).isEqualTo(400);
        assertThat(office().get("/api/v1/tasks?limit=501").status()).isEqualTo(400);
    }

    @Test
    void unitsLeadersAndDirectivesAreListed() {
        JsonNode units = office().get("/api/v1/units").json().get("items");
        assertThat(units.valueStream().map(u -> u.get("code").asString()))
                .contains("VP", "PC", "CDSQG", "KHTC", "KHCN", "TTRA", "TDKT", "TCCB", "HTQT", "VCL", "TTTT");
        assertThat(office().get("/api/v1/leaders").json().get("items")).isNotEmpty();
        JsonNode directives = office().get("/api/v1/directives").json().get("items");
        assertThat(directives.valueStream().map(d -> d.get("number").asString()))
                .contains("75/CT-BTTTT", "105/NQ-CP", "50/BTTTT-CĐSQG");
        long id = directives.get(0).get("id").asLong();
        assertThat(office().get("/api/v1/directives/" + id).status()).isEqualTo(200);
        assertThat(office().get("/api/v1/directives/999999").status()).isEqualTo(404);
    }

    @Test
    void recordsADirectiveAndTasksUnderIt() {
        var directive = office().post("/api/v1/directives", Map.of("kind", "CONG_VAN", "number", "123/BTTTT-VP",
                "issuer", Map.of("code", "BTTTT"), "issueDate", "2021-02-01", "summary", "Về việc kiểm thử"));
        assertThat(directive.status()).as(directive.toString()).isEqualTo(201);
        long id = directive.json().get("id").asLong();
        var body = task("Nhiệm vụ theo công văn 123", "HTQT", "2021-03-01");
        body.put("directive", Map.of("id", id));
        var created = office().post("/api/v1/tasks", body);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("directive").get("number").asString()).isEqualTo("123/BTTTT-VP");
        assertThat(office().all("/api/v1/tasks?directive=" + id)).hasSize(1);

        body.put("deadline", "2021-01-15");
        var early = office().post("/api/v1/tasks", body);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().get("errors").get(0).get("field").asString()).isEqualTo("deadline");

        var duplicate = office().post("/api/v1/directives", Map.of("kind", "CONG_VAN", "number", "123/BTTTT-VP",
                "issuer", Map.of("code", "BTTTT"), "issueDate", "2021-02-01", "summary", "Trùng số"));
        assertThat(duplicate.status()).isEqualTo(400);
    }

    @Test
    void theOpenApiDocumentDescribesTheApi() {
        var docs = Api.anonymous(port).get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains("/api/v1/tasks", "/api/v1/tasks/{id}", "/api/v1/tasks/{id}/completion",
                        "/api/v1/directives", "/api/v1/units", "/api/v1/leaders", "/api/v1/stats/status-by-unit",
                        "/api/v1/tokens");
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
    }

    @Test
    void aDirectiveIsEditedWithItsETagAndTheChangeIsAudited() {
        var created = office().post("/api/v1/directives", Map.of("kind", "CONG_VAN", "number", "77/BTTTT-VP",
                "issuer", Map.of("code", "BTTTT"), "issueDate", "2021-02-01", "summary", "Bản đầu"));
        long id = created.json().get("id").asLong();
        String etag = office().get("/api/v1/directives/" + id).header("ETag");
        var body = Map.of("kind", "CONG_VAN", "number", "77/BTTTT-VP", "issuer", Map.of("code", "BTTTT"),
                "issueDate", "2021-02-01", "summary", "Bản đã sửa");
        assertThat(office().put("/api/v1/directives/" + id, body, Map.of()).status()).isEqualTo(428);
        assertThat(office().put("/api/v1/directives/" + id, body, Map.of("If-Match", "\"99\"")).status()).isEqualTo(412);
        assertThat(Api.as(port, "vp").put("/api/v1/directives/" + id, body, Map.of("If-Match", etag)).status()).isEqualTo(403);
        var updated = office().put("/api/v1/directives/" + id, body, Map.of("If-Match", etag));
        assertThat(updated.status()).isEqualTo(200);
        assertThat(updated.json().get("summary").asString()).isEqualTo("Bản đã sửa");
        var taken = office().put("/api/v1/directives/" + id, Map.of("kind", "CONG_VAN", "number", "75/CT-BTTTT",
                "issuer", Map.of("code", "BTTTT"), "issueDate", "2021-02-01", "summary", "Trùng số"),
                Map.of("If-Match", updated.header("ETag")));
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().get("errors").get(0).get("field").asString()).isEqualTo("number");
    }
}
