package vn.nhiemvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.officeCompletion;
import static vn.nhiemvu.support.Bodies.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.EventStream;
import vn.nhiemvu.support.IntegrationTest;

/** The dashboard through HTTP: scope per role, changes counted at once, the recount, deletion, live events. */
@IntegrationTest
class DashboardApiIntegrationTests {

    @LocalServerPort
    int port;

    private static JsonNode unit(JsonNode answer, String code) {
        return answer.get("units").valueStream().filter(u -> u.get("code").asString().equals(code)).findFirst()
                .orElse(null);
    }

    private static List<String> codes(JsonNode answer) {
        return answer.get("units").valueStream().map(u -> u.get("code").asString()).toList();
    }

    private static long count(JsonNode answer, String code, String status) {
        return unit(answer, code).get("counts").get(status).asLong();
    }

    private long leaderId(String slug) {
        return Api.as(port, "vanphong").get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("slug").asString().equals(slug)).findFirst().orElseThrow().get("id").asLong();
    }

    @Test
    void theOfficeSeesEveryUnitAndEachChangeAtOnce() {
        var office = Api.as(port, "vanphong");
        JsonNode before = office.get("/api/v1/dashboard/units").json();
        assertThat(codes(before)).hasSize(26).contains("VP", "HTQT", "HV");
        long overdue = count(before, "HTQT", "overdue");
        long dueSoon = count(before, "HTQT", "dueSoon");

        long id = office.post("/api/v1/tasks", task("Báo cáo quá hạn để thử bảng điều hành", "HTQT", "2021-04-30"))
                .json().get("id").asLong();
        office.post("/api/v1/tasks", task("Việc sắp đến hạn", "HTQT", LocalDate.now().plusDays(1).toString()));
        JsonNode after = office.get("/api/v1/dashboard/units").json();
        assertThat(count(after, "HTQT", "overdue")).isEqualTo(overdue + 1);
        assertThat(count(after, "HTQT", "dueSoon")).isEqualTo(dueSoon + 1);

        office.post("/api/v1/tasks/" + id + "/completion", officeCompletion("2021-04-29"));
        JsonNode done = office.get("/api/v1/dashboard").json();
        assertThat(count(done, "HTQT", "overdue")).isEqualTo(overdue);
        assertThat(done.get("totals").get("total").asLong())
                .isEqualTo(done.get("units").valueStream().mapToLong(u -> u.get("counts").get("total").asLong()).sum())
                .isEqualTo(done.get("leaders").valueStream().mapToLong(l -> l.get("counts").get("total").asLong()).sum());
        assertThat(done.get("trend")).hasSize(12);
        assertThat(done.get("dueSoonUntil").asString()).isGreaterThanOrEqualTo(done.get("asOf").asString());
    }

    @Test
    void aLeaderSeesTheUnitsAndTasksTheySuperviseAndAUnitOnlyItsOwn() {
        var office = Api.as(port, "vanphong");
        var supervised = task("Việc Lãnh đạo Bộ phụ trách trực tiếp", "HTQT", "2021-04-30");
        supervised.put("supervisingLeader", Map.of("id", leaderId("nguyen-huy-dung")));
        office.post("/api/v1/tasks", supervised);
        var other = task("Việc của Lãnh đạo khác", "QLDN", "2021-04-30");
        other.put("supervisingLeader", Map.of("id", leaderId("pham-anh-tuan")));
        long otherId = office.post("/api/v1/tasks", other).json().get("id").asLong();

        JsonNode leader = Api.as(port, "lanhdao").get("/api/v1/dashboard").json();
        assertThat(codes(leader)).contains("CDSQG", "ATTT", "NCSC", "NEAC", "TTTT", "HTQT");
        assertThat(Api.as(port, "lanhdao").get("/api/v1/tasks/" + otherId).status()).isEqualTo(404);
        // Other test classes share the database and may give this leader tasks of any unit: a unit is listed only
        // when the leader can see one of its tasks.
        for (String unit : List.of("QLDN", "VP")) {
            if (codes(leader).contains(unit)) {
                assertThat(Api.as(port, "lanhdao").all("/api/v1/tasks?leadUnit=" + unit)).as(unit).isNotEmpty();
            }
        }
        assertThat(count(leader, "HTQT", "overdue")).isEqualTo(
                Api.as(port, "lanhdao").all("/api/v1/tasks?leadUnit=HTQT&status=OVERDUE").size());
        assertThat(leader.get("leaders").valueStream().map(l -> l.get("name").asString()))
                .anyMatch(name -> name.contains("Nguyễn Huy Dũng"));

        JsonNode unit = Api.as(port, "vp").get("/api/v1/dashboard").json();
        assertThat(codes(unit)).containsExactly("VP");
        assertThat(Api.as(port, "vp").get("/api/v1/dashboard/units").json().get("units")).hasSize(1);
    }

    @Test
    void theCompactFormHasTheSameCountsAsRowsOfNumbers() {
        var office = Api.as(port, "vanphong");
        JsonNode full = office.get("/api/v1/dashboard/units").json();
        JsonNode compact = office.get("/api/v1/dashboard/units?format=compact").json();
        assertThat(compact.get("asOf").asString()).isEqualTo(full.get("asOf").asString());
        List<String> columns = compact.get("columns").valueStream().map(JsonNode::asString).toList();
        assertThat(columns.get(0)).isEqualTo("id");
        assertThat(compact.get("rows")).hasSameSizeAs(full.get("units"));
        for (int i = 0; i < full.get("units").size(); i++) {
            JsonNode unit = full.get("units").get(i);
            JsonNode row = compact.get("rows").get(i);
            assertThat(row.get(0).asLong()).isEqualTo(unit.get("id").asLong());
            for (int c = 1; c < columns.size(); c++) {
                assertThat(row.get(c).asLong()).as("%s of unit %s", columns.get(c), unit.get("code").asString())
                        .isEqualTo(unit.get("counts").get(columns.get(c)).asLong());
            }
        }
        var wrong = office.get("/api/v1/dashboard/units?format=gon");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.body()).contains("format");
    }

    @Test
    void asOfMustBeADateFromToday() {
        var office = Api.as(port, "vanphong");
        var past = office.get("/api/v1/dashboard?asOf=2020-01-01");
        assertThat(past.status()).isEqualTo(400);
        assertThat(past.body()).contains("asOf", "không được trước hôm nay");
        assertThat(office.get("/api/v1/dashboard/units?asOf=ngay-mai").status()).isEqualTo(400);
        assertThat(office.get("/api/v1/dashboard?asOf=" + LocalDate.now().plusDays(60)).status()).isEqualTo(200);
        assertThat(Api.anonymous(port).get("/api/v1/dashboard").status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorRecountsAndFindsNoDifference() {
        assertThat(Api.as(port, "vanphong").post("/api/v1/admin/dashboard/recount", Map.of()).status()).isEqualTo(403);
        var recount = Api.as(port, "admin").post("/api/v1/admin/dashboard/recount", Map.of());
        assertThat(recount.status()).isEqualTo(200);
        assertThat(recount.json().get("differences").asLong()).as(recount.toString()).isZero();
        assertThat(recount.json().get("repaired").asBoolean()).isFalse();
        assertThat(recount.json().get("tasks").asLong()).isPositive();
    }

    @Test
    void theOfficeDeletesATaskEnteredByMistake() {
        var office = Api.as(port, "vanphong");
        long overdue = count(office.get("/api/v1/dashboard/units").json(), "TDKT", "overdue");
        long id = office.post("/api/v1/tasks", task("Nhập nhầm", "TDKT", "2021-04-30")).json().get("id").asLong();
        assertThat(Api.as(port, "tdkt").delete("/api/v1/tasks/" + id).status()).isEqualTo(403);
        assertThat(Api.as(port, "lanhdao").delete("/api/v1/tasks/" + id).status()).isEqualTo(404);

        var child = task("Nhiệm vụ con", "TDKT", "2021-04-30");
        child.put("parent", Map.of("id", id));
        long childId = office.post("/api/v1/tasks", child).json().get("id").asLong();
        var refused = office.delete("/api/v1/tasks/" + id);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("nhiệm vụ con");

        assertThat(office.delete("/api/v1/tasks/" + childId).status()).isEqualTo(204);
        assertThat(office.delete("/api/v1/tasks/" + id).status()).isEqualTo(204);
        assertThat(office.get("/api/v1/tasks/" + id).status()).isEqualTo(404);
        assertThat(office.delete("/api/v1/tasks/" + id).status()).isEqualTo(404);
        assertThat(count(office.get("/api/v1/dashboard/units").json(), "TDKT", "overdue")).isEqualTo(overdue);
    }

    @Test
    void anOpenDashboardHearsOfEachCommittedChange() throws Exception {
        try (var stream = EventStream.open(port, "vp", "/api/v1/dashboard/stream")) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.next("event:ready").get(10, TimeUnit.SECONDS)).isTrue();
            var heard = stream.next("event:task-changed");
            Api.as(port, "vanphong").post("/api/v1/tasks", task("Việc mới để thử cập nhật trực tiếp", "PC", "2030-01-31"));
            assertThat(heard.get(10, TimeUnit.SECONDS)).isTrue();
        }
    }
}
