package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * From proposals to tasks (issue 16 item 5, ADR 0043): the Office ticks proposals in the aggregation and turns them
 * into tasks of a new plan through the task module; each task names its source, a second turn of the same proposals
 * makes nothing, and only the Office (or an administrator) may do it.
 */
@IntegrationTest
class RoundPlanIntegrationTests extends RoundApiTest {

    private long openAndAnswer(String title) {
        var body = round(title, today, "trong 10 ngày làm việc", false, List.of(
                column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", false),
                column("group", "Nhóm nhiệm vụ", "CHOICE", false, "Kiện toàn tổ chức bộ máy", "Nâng cao năng lực"),
                column("lead", "Chủ trì", "UNIT_OR_AGENCY", false),
                column("time", "Thời gian", "DEADLINE_PHRASE", false)), "BYT", "UBND-HN");
        Api.Response created = as("cdsqg").post("/api/v1/rounds", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        Api.Response answered = as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal",
                false, "tables", List.of(List.of(
                        Map.of("task", "Chuẩn hóa đơn vị chuyên trách CNTT", "group", "Kiện toàn tổ chức bộ máy",
                                "lead", "BYT", "time", "Quý IV/2026"),
                        Map.of("task", "Hợp tác quốc tế về chuyển đổi số y tế", "group", "Nâng cao năng lực", "lead",
                                "Vụ Hợp tác quốc tế", "time", "năm 2026")))));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(201);
        return id;
    }

    private static Map<String, Object> plan(long id, Long directiveId, String... keys) {
        var refs = java.util.Arrays.stream(keys).map(k -> Map.of("receipt", id + "-BYT-1", "table", 1, "row",
                Integer.parseInt(k))).toList();
        var body = new LinkedHashMap<String, Object>();
        body.put("proposals", refs);
        if (directiveId != null) {
            body.put("directiveId", directiveId);
        } else {
            body.put("directiveNumber", id + "/KH-BTTTT");
            body.put("directiveSummary", "Kế hoạch hành động thực hiện Đề án");
        }
        return body;
    }

    @Test
    void theOfficeTurnsProposalsIntoTasksOnceEach() {
        long id = openAndAnswer("Đợt thử chuyển thành nhiệm vụ");
        String path = "/api/v1/rounds/" + id + "/tasks";

        // Only the Office or an administrator; the organiser unit reads and urges but does not assign.
        assertThat(as("cdsqg").post(path, plan(id, null, "1")).status()).isEqualTo(403);
        assertThat(as("byt").post(path, plan(id, null, "1")).status()).isEqualTo(404);
        Api.Response bad = as("vanphong").post(path, Map.of("proposals",
                List.of(Map.of("receipt", id + "-BYT-1", "table", 1, "row", 7))));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").toString()).contains("không có bảng 1 dòng 7",
                "Chọn văn bản giao nhiệm vụ");

        Api.Response made = as("vanphong").post(path, plan(id, null, "1", "2"));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        assertThat(made.json().get("created")).hasSize(2);
        long directiveId = made.json().get("directiveId").asLong();
        long first = made.json().get("created").get(0).get("taskId").asLong();
        long second = made.json().get("created").get(1).get("taskId").asLong();

        JsonNode task = as("vanphong").get("/api/v1/tasks/" + first).json();
        assertThat(task.get("title").asString()).isEqualTo("Chuẩn hóa đơn vị chuyên trách CNTT");
        assertThat(task.get("directive").get("number").asString()).isEqualTo(id + "/KH-BTTTT");
        assertThat(task.get("description").asString()).contains("Nguồn: đề xuất của Bộ Y tế",
                "số tiếp nhận " + id + "-BYT-1, bảng 1 dòng 1");
        // Bộ Y tế leads it (ADR 0053), the organiser unit following it; a ministry unit named as lead leads.
        assertThat(task.get("leadUnit").get("code").asString()).isEqualTo("CDSQG");
        assertThat(as("vanphong").get("/api/v1/tasks/" + second).json().get("leadUnit").get("code").asString())
                .isEqualTo("HTQT");

        // Again, into the same directive: nothing new.
        Api.Response again = as("vanphong").post(path, plan(id, directiveId, "2", "1"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().get("created")).isEmpty();
        assertThat(again.json().get("already")).hasSize(2);
        assertThat(jdbc.sql("select count(*) from task where directive_id = :d").param("d", directiveId)
                .query(Integer.class).single()).isEqualTo(2);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'PROPOSAL_ROUND' and entity_id = :id"
                + " and action = 'PROPOSALS_PLANNED'").param("id", id).query(Integer.class).single()).isEqualTo(1);

        // The aggregation shows each proposal's task.
        JsonNode all = as("vanphong").get("/api/v1/rounds/" + id + "/aggregation").json();
        assertThat(all.get("proposals").get(0).get("taskId").asLong()).isEqualTo(first);
    }

    @Test
    void theAggregationPageTurnsTickedProposalsIntoTasks() {
        long id = openAndAnswer("Đợt thử trên trang tổng hợp");
        var office = FormSession.signIn(port, "vanphong", true);
        var page = office.get("/rounds/" + id + "/aggregation");
        assertThat(page.body()).contains("Chuyển đề xuất thành nhiệm vụ", "value=\"" + id + "-BYT-1/1/2\"");
        var refused = office.submit("/rounds/" + id + "/tasks", page.body(), Map.of("p", id + "-BYT-1/1/2"));
        assertThat(refused.body()).contains("Chọn văn bản giao nhiệm vụ");
        var done = office.submit("/rounds/" + id + "/tasks", page.body(), Map.of("p", id + "-BYT-1/1/2",
                "directiveNumber", id + "/KH-VP", "directiveDate", "", "directiveSummary", "Kế hoạch", "leadUnit",
                "KHTC"));
        assertThat(done.body()).contains("Đã tạo 1 nhiệm vụ; 0 đề xuất đã thành nhiệm vụ từ trước", "Nhiệm vụ số ");
        long task = jdbc.sql("select task_id from round_proposal_task where round_id = :id").param("id", id)
                .query(Long.class).single();
        assertThat(as("vanphong").get("/api/v1/tasks/" + task).json().get("leadUnit").get("code").asString())
                .isEqualTo("KHTC");
        // The organiser unit sees the aggregation, not the action.
        assertThat(FormSession.signIn(port, "cdsqg", true).get("/rounds/" + id + "/aggregation").body())
                .doesNotContain("plan-submit");
    }

    @Test
    void duplicatesMergedIntoOneKeepEveryProposerAndMakeOneTask() {
        long id = openAndAnswer("Đợt thử gộp đề xuất");
        Api.Response hanoi = as("hanoi").post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal",
                false, "tables", List.of(List.of(Map.of("task", "Chuẩn hoá đơn vị chuyên trách về CNTT", "group",
                        "Kiện toàn tổ chức bộ máy", "lead", "UBND-HN", "time", "Quý IV/2026")))));
        assertThat(hanoi.status()).as(hanoi.toString()).isEqualTo(201);
        var kept = Map.of("receipt", id + "-BYT-1", "table", 1, "row", 1);
        var dup = Map.of("receipt", id + "-UBND-HN-1", "table", 1, "row", 1);
        String path = "/api/v1/rounds/" + id + "/merges";

        assertThat(as("byt").post(path, Map.of("kept", kept, "duplicates", List.of(dup))).status()).isEqualTo(404);
        Api.Response merged = as("cdsqg").post(path, Map.of("kept", kept, "duplicates", List.of(dup)));
        assertThat(merged.status()).as(merged.toString()).isEqualTo(200);
        assertThat(merged.json().get("merged").asInt()).isEqualTo(1);
        // Again: nothing; the other way round, or into itself: refused.
        assertThat(as("cdsqg").post(path, Map.of("kept", kept, "duplicates", List.of(dup))).json().get("merged")
                .asInt()).isZero();
        Api.Response reversed = as("cdsqg").post(path, Map.of("kept", dup, "duplicates", List.of(kept)));
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("errors").toString()).contains("đã được gộp vào đề xuất khác");
        assertThat(as("cdsqg").post(path, Map.of("kept", kept, "duplicates", List.of(kept))).status())
                .isEqualTo(400);

        JsonNode all = as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation").json();
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("proposals").toString()).contains("\"mergedInto\":\"" + id + "-BYT-1/1/1\"");

        // The duplicate is not turned into a task of its own; the kept one's task names both proposers.
        Api.Response refused = as("vanphong").post("/api/v1/rounds/" + id + "/tasks", Map.of("proposals",
                List.of(dup), "directiveNumber", id + "/KH-GOP"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").toString()).contains("đã được gộp vào");
        Api.Response made = as("vanphong").post("/api/v1/rounds/" + id + "/tasks", Map.of("proposals",
                List.of(kept), "directiveNumber", id + "/KH-GOP"));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        long task = made.json().get("created").get(0).get("taskId").asLong();
        assertThat(as("vanphong").get("/api/v1/tasks/" + task).json().get("description").asString())
                .contains("Nguồn: đề xuất của Bộ Y tế", "Cùng đề xuất: ", "(số tiếp nhận " + id + "-UBND-HN-1, bảng 1 dòng 1)");
        assertThat(FormSession.signIn(port, "cdsqg", true).get("/rounds/" + id + "/aggregation").body())
                .contains("Cùng đề xuất: " + id + "-UBND-HN-1/1/1", "Đã gộp vào " + id + "-BYT-1/1/1", "merge-submit");
    }
}
