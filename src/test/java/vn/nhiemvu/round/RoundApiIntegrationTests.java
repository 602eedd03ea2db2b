package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A proposal round through HTTP: the organiser (CĐSQG) opens it, two outside agencies' focal people answer on their
 * own accounts (one with bad cells first, then revised; one "no proposal"), a late answer is refused or marked late as
 * the organiser set, every submission has its receipt, the aggregation counts right, and a respondent reads nothing
 * of another agency's answers nor of the ministry's tasks (404).
 */
@IntegrationTest
class RoundApiIntegrationTests extends RoundApiTest {

    private static final List<Map<String, Object>> COLUMNS = List.of(
            column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true),
            column("group", "Nhóm nhiệm vụ", "CHOICE", true, "Kiện toàn tổ chức bộ máy", "Nâng cao năng lực"),
            column("lead", "Chủ trì", "UNIT_OR_AGENCY", true),
            column("time", "Thời gian", "DEADLINE_PHRASE", true),
            column("amount", "Kinh phí (đồng)", "MONEY", false));

    private long open(Map<String, Object> body) {
        Api.Response created = as("cdsqg").post("/api/v1/rounds", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private static Map<String, Object> answer(List<Map<String, String>> rows) {
        return Map.of("noProposal", false, "tables", List.of(rows));
    }

    private static Map<String, String> row(String task, String group, String lead, String time, String amount) {
        var row = new LinkedHashMap<String, String>();
        row.put("task", task);
        row.put("group", group);
        row.put("lead", lead);
        row.put("time", time);
        row.put("amount", amount);
        return row;
    }

    private static List<String> fields(Api.Response problem) {
        var fields = new ArrayList<String>();
        problem.json().get("errors").forEach(e -> fields.add(e.get("field").asString()));
        return fields;
    }

    @Test
    void aRoundFromOpeningToAggregation() throws Exception {
        // The organiser opens a round due in ten working days, to two demo agencies and the Ministry of Justice.
        long id = open(round("Vòng thử: đề xuất nhiệm vụ", today, "trong 10 ngày làm việc", false, COLUMNS, "BYT",
                "UBND-HN", "BTP"));
        JsonNode opened = as("cdsqg").get("/api/v1/rounds/" + id).json();
        assertThat(LocalDate.parse(opened.get("deadline").asString())).isAfter(today.plusDays(11));
        assertThat(opened.get("addressees")).hasSize(3);
        assertThat(opened.get("allowedActions").toString()).contains("CLOSE", "ADD_RESPONDENT", "READ_ANSWERS");

        // The organiser creates the Ministry of Justice's focal person; an agency not asked gets none.
        var respondent = Map.of("agency", "BTP", "username", "btp-dau-moi", "displayName", "Cục CNTT, Bộ Tư pháp",
                "password", "Dau-moi-BTP-2024!");
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/respondents", respondent).status()).isEqualTo(201);
        Api.Response notAsked = as("cdsqg").post("/api/v1/rounds/" + id + "/respondents",
                Map.of("agency", "BCA", "username", "bca-dau-moi", "displayName", "Bộ Công an", "password",
                        "Dau-moi-BCA-2024!"));
        assertThat(notAsked.status()).isEqualTo(400);
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/respondents").json().get("items").toString())
                .contains("btp-dau-moi", "byt", "hanoi");

        // The respondent sees the round, not whom else it asks.
        JsonNode seen = as("byt").get("/api/v1/rounds/" + id).json();
        assertThat(seen.get("addressees").isNull()).isTrue();
        assertThat(seen.get("allowedActions").toString()).isEqualTo("[\"ANSWER\"]");

        // Two bad cells: both named, nothing kept.
        Api.Response bad = as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", answer(List.of(
                row("Chuẩn hóa đơn vị chuyên trách CNTT", "Nhóm 9", "BYT", "Quý II/2026", ""),
                row("Đào tạo cán bộ", "Nâng cao năng lực", "BYT", "Quý III/2026", "hai tỷ"))));
        assertThat(bad.status()).as(bad.toString()).isEqualTo(400);
        assertThat(fields(bad)).containsExactly("tables[0].rows[0].group", "tables[0].rows[1].amount");
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/answer").json().get("submissions")).isEmpty();

        // A draft keeps what was typed; the submission gets a receipt and drops the draft.
        var rows = List.of(row("Chuẩn hóa đơn vị chuyên trách CNTT", "kien toan to chuc bo may", "byt", "Quý II/2026",
                "1.500.000.000"), row("=HYPERLINK(\"http://x\",\"Đào tạo\")", "Nâng cao năng lực", "Bộ Y tế",
                        "năm 2026", ""));
        Api.Response draft = as("byt").put("/api/v1/rounds/" + id + "/answer/draft", answer(rows), Map.of());
        assertThat(draft.status()).as(draft.toString()).isEqualTo(200);
        assertThat(draft.json().get("draft").get("tables").get(0)).hasSize(2);
        Api.Response first = as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", answer(rows));
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        JsonNode receipt = first.json().get("receipt");
        assertThat(receipt.get("number").asString()).isEqualTo(id + "-BYT-1");
        assertThat(first.json().get("late").asBoolean()).isFalse();
        assertThat(first.json().get("content").get("tables").get(0).get(0).get("group").asString())
                .isEqualTo("Kiện toàn tổ chức bộ máy");
        String stored = jdbc.sql("select content from round_submission where receipt_number = :n")
                .param("n", id + "-BYT-1").query(String.class).single();
        assertThat(receipt.get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(stored.getBytes(StandardCharsets.UTF_8))));
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/answer").json().get("draft").isNull()).isTrue();

        // A revision is a second version; the first stays.
        var revised = new ArrayList<>(rows);
        revised.add(row("Kiểm tra việc thực thi pháp luật về chuyển đổi số", "Nâng cao năng lực", "BYT",
                "Quý IV/2026", ""));
        assertThat(as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", answer(revised)).json()
                .get("receipt").get("number").asString()).isEqualTo(id + "-BYT-2");
        JsonNode mine = as("byt").get("/api/v1/rounds/" + id + "/answer").json();
        assertThat(mine.get("submissions")).hasSize(2);
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/answer/submissions/1").json().get("rows").asInt())
                .isEqualTo(2);

        // Hà Nội has nothing to propose, and says why.
        Api.Response none = as("hanoi").post("/api/v1/rounds/" + id + "/answer/submissions",
                Map.of("noProposal", true, "reason", "Đã lồng ghép vào Kế hoạch chuyển đổi số năm 2026"));
        assertThat(none.status()).as(none.toString()).isEqualTo(201);
        assertThat(none.json().get("noProposal").asBoolean()).isTrue();

        // The aggregation: every row with who proposed it, who has not answered, counts per group.
        JsonNode all = as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation").json();
        assertThat(all.get("total").asInt()).isEqualTo(3);
        assertThat(all.get("proposals").get(0).get("agency").get("code").asString()).isEqualTo("BYT");
        assertThat(states(all)).containsExactly("BYT:PROPOSED", "UBND-HN:NO_PROPOSAL", "BTP:NOT_ANSWERED");
        assertThat(all.get("perGroup").toString()).contains("{\"table\":1,\"group\":\"Kiện toàn tổ chức bộ máy\","
                + "\"count\":1}", "{\"table\":1,\"group\":\"Nâng cao năng lực\",\"count\":2}");
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation?column.group=nang%20cao").json()
                .get("total").asInt()).isEqualTo(2);
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation?agency=UBND-HN").json().get("total").asInt())
                .isZero();
        assertThat(as("vanphong").get("/api/v1/rounds/" + id + "/aggregation").status()).isEqualTo(200);
        assertThat(as("pc").get("/api/v1/rounds/" + id + "/aggregation").status()).isEqualTo(403);

        // The export: a summary and a sheet per group, the formula-looking proposal a text cell.
        byte[] xlsx = as("cdsqg").getBytes("/api/v1/rounds/" + id + "/aggregation.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetName(0)).isEqualTo("Tổng hợp");
            assertThat(book.getNumberOfSheets()).isEqualTo(3);
            var cell = book.getSheet("Nâng cao năng lực").getRow(1).getCell(2);
            assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
            assertThat(cell.getStringCellValue()).startsWith("=HYPERLINK(");
        }

        // Scope: a respondent reads nothing of another agency's answers, nor any task, nor the aggregation.
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/answers/UBND-HN").status()).isEqualTo(404);
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/aggregation").status()).isEqualTo(404);
        assertThat(as("byt").get("/api/v1/tasks").status()).isEqualTo(404);
        assertThat(as("byt").get("/api/v1/tasks/1").status()).isEqualTo(404);
        assertThat(as("byt").get("/api/v1/directives").status()).isEqualTo(404);
        assertThat(as("byt").get("/api/v1/units").status()).isEqualTo(404);
        assertThat(as("byt").post("/api/v1/rounds", Map.of()).status()).isEqualTo(403);
        JsonNode asOrganiser = as("cdsqg").get("/api/v1/rounds/" + id + "/answers/UBND-HN").json();
        assertThat(asOrganiser.get("submissions").get(0).get("noProposal").asBoolean()).isTrue();

        // Closing: nothing more is received.
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/closing", null).json().get("status").asString())
                .isEqualTo("CLOSED");
        Api.Response afterClosing = Api.withBasic(port, "btp-dau-moi", "Dau-moi-BTP-2024!")
                .post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal", true, "reason", "Không có"));
        assertThat(afterClosing.status()).as(afterClosing.toString()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'PROPOSAL_ROUND' and entity_id = :id")
                .param("id", id).query(Long.class).single()).isEqualTo(5);
    }

    private static List<String> states(JsonNode aggregation) {
        var states = new ArrayList<String>();
        aggregation.get("agencies").forEach(a -> states.add(a.get("agency").get("code").asString() + ":"
                + a.get("state").asString()));
        return states;
    }

    @Test
    void lateAnswersAreRefusedOrMarkedAsTheOrganiserSet() {
        LocalDate letter = LocalDate.of(2024, 1, 9);
        long strict = open(round("Vòng thử: không nhận muộn", letter, "trước ngày 15/01/2024 (thứ Hai)", false,
                COLUMNS, "BYT"));
        long lenient = open(round("Vòng thử: nhận muộn", letter, "trước ngày 15/01/2024 (thứ Hai)", true, COLUMNS,
                "BYT"));
        var rows = answer(List.of(row("Một nhiệm vụ", "Nâng cao năng lực", "BYT", "năm 2027", "")));
        Api.Response refused = as("byt").post("/api/v1/rounds/" + strict + "/answer/submissions", rows);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("không nhận đề xuất muộn");
        Api.Response late = as("byt").post("/api/v1/rounds/" + lenient + "/answer/submissions", rows);
        assertThat(late.status()).as(late.toString()).isEqualTo(201);
        assertThat(late.json().get("late").asBoolean()).isTrue();
        assertThat(late.json().get("workingDaysLate").asLong()).isGreaterThan(500);
        // The round is not the Hà Nội focal person's: not found, and not listed.
        assertThat(as("hanoi").get("/api/v1/rounds/" + strict).status()).isEqualTo(404);
        assertThat(as("hanoi").get("/api/v1/rounds").body()).doesNotContain("Vòng thử: không nhận muộn");
    }

    @Test
    void aTemplateThatNoAnswerCouldFillIsRefused() {
        Api.Response empty = as("cdsqg").post("/api/v1/rounds", round("Vòng thử: mẫu trống", today,
                "trong 5 ngày làm việc", false, List.of(), "BYT"));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(fields(empty)).containsExactly("template.tables[0].columns");
        Api.Response twice = as("cdsqg").post("/api/v1/rounds", round("Vòng thử: cột trùng", today,
                "trong 5 ngày làm việc", false, List.of(column("task", "Nhiệm vụ", "TEXT", true),
                        column("task", "Tên nhiệm vụ", "TEXT", true), column("group", "Nhóm", "CHOICE", true)),
                "BYT", "BTTTT"));
        assertThat(twice.status()).isEqualTo(400);
        assertThat(fields(twice)).containsExactly("addressees", "template.tables[0].columns[1].key",
                "template.tables[0].columns[2].choices");
        assertThat(as("pc").post("/api/v1/rounds", round("Vòng thử: đơn vị khác", today, "trong 5 ngày làm việc",
                false, COLUMNS, "BYT")).status()).isEqualTo(201);
    }
}
