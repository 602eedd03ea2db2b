package vn.nhiemvu.area;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Areas through HTTP: the twelve areas of seed 004 load with their focal units; the Office puts tasks in an area and
 * reads its board; the task list filters by area (API and page); a unit's board counts only what it may see; bad input
 * is a 400 in Vietnamese, never a 500.
 */
@IntegrationTest
class AreaIntegrationTests {

    private static final Pattern VIETNAMESE = Pattern.compile(".*[ạảãáàâấầẩẫậăắằẳẵặđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ].*",
            Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void theTwelveAreasOfSeed004LoadWithTheirFocalUnits() {
        JsonNode areas = Api.as(port, "vanphong").get("/api/v1/areas").json().get("areas");
        var byCode = new LinkedHashMap<String, JsonNode>();
        areas.valueStream().forEach(a -> byCode.put(a.get("code").asString(), a));
        assertThat(byCode.keySet()).startsWith("PHAPLUAT", "CHIENLUOC", "TIEUCHUAN", "DINHMUC", "DOLUONG", "GIAMSAT",
                "THIDUA", "TOCHUC", "DAOTAO", "TRUYENTHONG", "HOPTAC", "CHUYENGIA");
        assertThat(focal(byCode, "PHAPLUAT")).isEqualTo("Vụ Pháp chế");
        assertThat(focal(byCode, "CHIENLUOC")).isEqualTo("Viện Chiến lược Thông tin và Truyền thông");
        assertThat(focal(byCode, "TIEUCHUAN")).isEqualTo("Vụ Khoa học và Công nghệ");
        assertThat(focal(byCode, "DINHMUC")).isEqualTo("Vụ Kế hoạch - Tài chính");
        assertThat(focal(byCode, "GIAMSAT")).isEqualTo("Thanh tra Bộ");
        assertThat(focal(byCode, "THIDUA")).isEqualTo("Vụ Thi đua - Khen thưởng");
        assertThat(focal(byCode, "TOCHUC")).isEqualTo("Vụ Tổ chức cán bộ");
        assertThat(focal(byCode, "HOPTAC")).isEqualTo("Vụ Hợp tác quốc tế");
        assertThat(byCode.get("CHUYENGIA").get("focalUnit").isNull()).isTrue();
        assertThat(byCode.get("CHUYENGIA").get("focalNote").asString()).isEqualTo("các Vụ, Cục quản lý chuyên ngành");
        // Every row adds up: due = on time + late + overdue, and the statuses add up to the tasks.
        for (JsonNode a : areas) {
            assertThat(a.get("due").asLong()).isEqualTo(
                    a.get("dueOnTime").asLong() + a.get("dueLate").asLong() + a.get("dueOverdue").asLong());
            assertThat(a.get("byStatus").valueStream().mapToLong(JsonNode::asLong).sum()).isEqualTo(a.get("tasks").asLong());
        }
    }

    @Test
    void tasksPutInAnAreaMakeItsBoardAndFilterTheList() {
        var office = Api.as(port, "vanphong");
        String code = "THU" + System.nanoTime() % 100000;
        assertThat(office.post("/api/v1/areas", Map.of("code", code, "name", "Lĩnh vực thử", "focalUnit", "PC"))
                .status()).isEqualTo(201);
        long overdue = task(office, "Lĩnh vực: nhiệm vụ quá hạn", "CDSQG", today.minusDays(40));
        long open = task(office, "Lĩnh vực: nhiệm vụ trong hạn", "PC", today.plusDays(60));
        long outside = task(office, "Lĩnh vực: nhiệm vụ ngoài lĩnh vực", "PC", today.plusDays(60));
        // The lead unit may put its own task in an area; the Office any task.
        assertThat(Api.as(port, "pc").put("/api/v1/tasks/" + open + "/areas", Map.of("areas", List.of(code.toLowerCase())),
                Map.of()).status()).isEqualTo(200);
        JsonNode assigned = office.put("/api/v1/tasks/" + overdue + "/areas", Map.of("areas", List.of(code, "PHAPLUAT")),
                Map.of()).json();
        assertThat(assigned.get("areas").valueStream().map(a -> a.get("code").asString())).containsExactly("PHAPLUAT", code);
        assertThat(audit.history("TASK_AREAS", overdue)).hasSize(1);
        // The same areas again change nothing and are not audited again.
        office.put("/api/v1/tasks/" + overdue + "/areas", Map.of("areas", List.of("PHAPLUAT", code)), Map.of());
        assertThat(audit.history("TASK_AREAS", overdue)).hasSize(1);

        JsonNode board = office.get("/api/v1/areas/" + code).json();
        assertThat(board.get("area").get("tasks").asLong()).isEqualTo(2);
        assertThat(board.get("area").get("byStatus").get("OVERDUE").asLong()).isEqualTo(1);
        assertThat(board.get("area").get("overdue").asLong()).isEqualTo(1);
        assertThat(board.get("overdueTasks").valueStream().map(t -> t.get("id").asLong())).containsExactly(overdue);
        assertThat(board.get("units").valueStream().map(u -> u.get("code").asString())).containsExactlyInAnyOrder("CDSQG", "PC");

        // The list by area: the API, the page, and with another filter.
        assertThat(office.all("/api/v1/tasks?area=" + code).stream().map(t -> t.get("id").asLong()))
                .containsExactlyInAnyOrder(overdue, open).doesNotContain(outside);
        assertThat(office.all("/api/v1/tasks?area=" + code + "&status=OVERDUE").stream().map(t -> t.get("id").asLong()))
                .containsExactly(overdue);
        String page = FormSession.signIn(port, "vanphong").get("/tasks?area=" + code).body();
        assertThat(page).contains("Lĩnh vực: nhiệm vụ quá hạn", "Lĩnh vực: nhiệm vụ trong hạn", "Lĩnh vực thử")
                .doesNotContain("Lĩnh vực: nhiệm vụ ngoài lĩnh vực");

        // A unit's board counts what it may see: PC leads one of the two tasks, CDSQG the other.
        JsonNode pc = Api.as(port, "pc").get("/api/v1/areas/" + code).json().get("area");
        assertThat(pc.get("tasks").asLong()).isEqualTo(1);
        assertThat(pc.get("overdue").asLong()).isZero();
        JsonNode cdsqg = Api.as(port, "cdsqg").get("/api/v1/areas").json().get("areas").valueStream()
                .filter(a -> a.get("code").asString().equals(code)).findFirst().orElseThrow();
        assertThat(cdsqg.get("tasks").asLong()).isEqualTo(1);
        assertThat(cdsqg.get("overdue").asLong()).isEqualTo(1);
        assertThat(Api.as(port, "pc").all("/api/v1/tasks?area=" + code).stream().map(t -> t.get("id").asLong()))
                .containsExactly(open);

        // The pages.
        var session = FormSession.signIn(port, "pc");
        assertThat(session.get("/areas").body()).contains("Lĩnh vực thử", "Pháp luật", "/tasks?area=" + code);
        assertThat(session.get("/areas/" + code).body()).contains("Vụ Pháp chế", "/tasks?area=" + code)
                .doesNotContain("Lĩnh vực: nhiệm vụ quá hạn");
        assertThat(FormSession.signIn(port, "cdsqg").get("/areas/" + code).body()).contains("Lĩnh vực: nhiệm vụ quá hạn");

        // A task deleted by mistake leaves its areas.
        assertThat(office.delete("/api/v1/tasks/" + open).status()).isEqualTo(204);
        assertThat(office.get("/api/v1/areas/" + code).json().get("area").get("tasks").asLong()).isEqualTo(1);
    }

    @Test
    void badInputIsA400InVietnameseAndNothingChanges() {
        var office = Api.as(port, "vanphong");
        long task = task(office, "Lĩnh vực: đầu vào sai", "PC", today.plusDays(10));
        problem(office.post("/api/v1/areas", Map.of("code", "PHAPLUAT", "name", "Trùng mã")), 400, "code");
        problem(office.post("/api/v1/areas", Map.of("code", "MOI", "name", "Mới", "focalUnit", "KHONGCO")), 400, "focalUnit");
        problem(office.post("/api/v1/areas", Map.of("code", "MOI2", "name", " ")), 400, "name");
        problem(office.post("/api/v1/areas", Map.of("code", "có dấu", "name", "Mã có dấu")), 400, "code");
        problem(office.put("/api/v1/areas/PHAPLUAT", Map.of("code", "PHAPLUAT", "name", ""), Map.of()), 400, "name");
        assertThat(office.get("/api/v1/areas/PHAPLUAT").json().get("area").get("name").asString()).isEqualTo("Pháp luật");
        problem(office.put("/api/v1/tasks/" + task + "/areas", Map.of("areas", List.of("PHAPLUAT", "KHONGCO")), Map.of()),
                400, "areas");
        assertThat(office.get("/api/v1/tasks/" + task + "/areas").json().get("areas").size()).isZero();
        problem(office.send("PUT", "/api/v1/tasks/" + task + "/areas", "{\"areas\": 5}", Map.of()), 400, null);
        problem(office.get("/api/v1/tasks?area=KHONGCO"), 400, "area");
        problem(office.get("/api/v1/areas?from=2026-12-31&to=2026-01-01"), 400, "to");
        problem(office.get("/api/v1/areas?asOf=31-02-2026"), 400, null);
        problem(office.get("/api/v1/areas/KHONGCO"), 404, null);
        problem(office.put("/api/v1/tasks/999999999/areas", Map.of("areas", List.of()), Map.of()), 404, null);
        assertThat(FormSession.signIn(port, "vanphong").get("/tasks?area=KHONGCO").body()).contains("Không có lĩnh vực quản lý mã");
    }

    private static void problem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).matches(VIETNAMESE);
        if (field != null) {
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.toString()).contains(field);
        }
    }

    private static String focal(Map<String, JsonNode> byCode, String code) {
        return byCode.get(code).get("focalUnit").asString();
    }

    private static long task(Api office, String title, String leadUnit, LocalDate deadline) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("leadUnit", Map.of("code", leadUnit));
        body.put("deadline", deadline.toString());
        Api.Response created = office.post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
