package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Decisions on single proposals and their undoing (ADR 0050): accepted, or rejected with a reason the proposer reads
 * on the answer, through the API and in a notice; a rejected proposal is not turned into a task; any decision, on a
 * proposal or on an answer, and any merge, is undone with a reason, audited and told, until the proposal is a task.
 */
@IntegrationTest
class RoundDecisionIntegrationTests extends RoundApiTest {

    private long openAndAnswer(String title) {
        Api.Response opened = as("cdsqg").post("/api/v1/rounds", round(title, today, "trong 10 ngày làm việc", false,
                List.of(column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true)), "BYT", "UBND-HN"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long id = opened.json().get("id").asLong();
        assertThat(as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal", false,
                "tables", List.of(List.of(Map.of("task", "Đào tạo cán bộ chuyên trách"),
                        Map.of("task", "Xây dựng kho dữ liệu y tế")))))
                .status()).isEqualTo(201);
        assertThat(as("hanoi").post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal", false,
                "tables", List.of(List.of(Map.of("task", "Đào tạo cán bộ chuyên trách về chuyển đổi số"))))).status())
                .isEqualTo(201);
        return id;
    }

    private static Map<String, Object> ref(long id, String agency, int row) {
        return Map.of("receipt", id + "-" + agency + "-1", "table", 1, "row", row);
    }

    private Api.Response decide(String who, long id, Map<String, Object> proposal, String decision, String reason) {
        var body = new HashMap<String, Object>();
        body.put("proposal", proposal);
        body.put("decision", decision);
        body.put("reason", reason);
        return as(who).post("/api/v1/rounds/" + id + "/proposal-decisions", body);
    }

    private List<String> notices(String who, long id) {
        var found = new ArrayList<String>();
        for (JsonNode n : as(who).get("/api/v1/notifications").json().get("items")) {
            if (n.get("link").asString().equals("/rounds/" + id)) {
                found.add(n.get("title").asString() + " | " + n.get("body").asString());
            }
        }
        return found;
    }

    private long audited(long id, String action) {
        return jdbc.sql("select count(*) from audit_event where entity_type = 'PROPOSAL_ROUND' and entity_id = :id"
                + " and action = :action").param("id", id).param("action", action).query(Long.class).single();
    }

    @Test
    void eachProposalIsAcceptedOrRejectedWithAReasonTheProposerReadsAndIsUndoneWithAReason() {
        long id = openAndAnswer("Đợt thử ý kiến từng đề xuất");
        var first = ref(id, "BYT", 1);
        var second = ref(id, "BYT", 2);

        // A rejection says why; only the organiser decides; a respondent is not told the action exists.
        Api.Response noReason = decide("cdsqg", id, second, "REJECTED", " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(decide("byt", id, first, "ACCEPTED", "").status()).isEqualTo(404);
        assertThat(decide("phapche", id, first, "ACCEPTED", "").status()).isEqualTo(403);
        assertThat(decide("cdsqg", id, ref(id, "BYT", 9), "ACCEPTED", "").status()).isEqualTo(400);

        assertThat(decide("cdsqg", id, first, "ACCEPTED", "").status()).isEqualTo(201);
        Api.Response rejected = decide("cdsqg", id, second, "REJECTED", "Trùng với nhiệm vụ đã giao năm 2025.");
        assertThat(rejected.status()).as(rejected.toString()).isEqualTo(201);
        Api.Response twice = decide("vanphong", id, second, "ACCEPTED", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("đã có ý kiến “Không chấp nhận đề xuất”", "hủy");

        // The proposer reads its own decisions (not the others'), with the reason, and is told in a notice.
        JsonNode mine = as("byt").get("/api/v1/rounds/" + id + "/proposal-decisions").json().get("items");
        assertThat(mine).hasSize(2);
        assertThat(mine.get(1).get("reason").asString()).isEqualTo("Trùng với nhiệm vụ đã giao năm 2025.");
        assertThat(as("hanoi").get("/api/v1/rounds/" + id + "/proposal-decisions").json().get("items")).isEmpty();
        assertThat(notices("byt", id)).anyMatch(n -> n.contains("có ý kiến về đề xuất " + id + "-BYT-1 bảng 1 dòng 2: "
                + "Không chấp nhận đề xuất. Lý do: Trùng với nhiệm vụ đã giao năm 2025."));
        assertThat(FormSession.signIn(port, "byt", true).get("/rounds/" + id).body())
                .contains("proposal-decisions", "Trùng với nhiệm vụ đã giao năm 2025.");
        JsonNode all = as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation").json().get("proposals");
        assertThat(all.get(0).get("decision").get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(all.get(1).get("decision").get("decision").asString()).isEqualTo("REJECTED");
        assertThat(all.get(2).get("decision").isNull()).isTrue();

        // A rejected proposal is not turned into a task.
        Api.Response planRejected = as("vanphong").post("/api/v1/rounds/" + id + "/tasks", Map.of("proposals",
                List.of(second), "directiveNumber", id + "/KH-YK"));
        assertThat(planRejected.status()).isEqualTo(400);
        assertThat(planRejected.json().get("errors").toString()).contains("không được chấp nhận");

        // Undoing says why, is audited with what the decision was, and the proposer is told.
        String undo = "/api/v1/rounds/" + id + "/proposal-decisions/undoing";
        assertThat(as("cdsqg").post(undo, Map.of("proposal", second, "reason", "")).status()).isEqualTo(400);
        assertThat(as("byt").post(undo, Map.of("proposal", second, "reason", "x")).status()).isEqualTo(404);
        Api.Response undone = as("cdsqg").post(undo, Map.of("proposal", second, "reason", "Xem lại: chưa trùng."));
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("decision").asString()).isEqualTo("REJECTED");
        assertThat(as("cdsqg").post(undo, Map.of("proposal", second, "reason", "lần hai")).status()).isEqualTo(409);
        assertThat(audited(id, "DECISION_UNDONE")).isEqualTo(1);
        assertThat(jdbc.sql("select before_state from audit_event where entity_id = :id and action = 'DECISION_UNDONE'"
                + " and entity_type = 'PROPOSAL_ROUND'").param("id", id).query(String.class).single())
                .contains("REJECTED", "Trùng với nhiệm vụ đã giao năm 2025.");
        assertThat(notices("byt", id)).anyMatch(n -> n.startsWith("Hủy ý kiến:") && n.contains("Xem lại: chưa trùng."));
        assertThat(decide("cdsqg", id, second, "ACCEPTED", "").status()).isEqualTo(201);

        // Once a task, its decision stays.
        Api.Response made = as("vanphong").post("/api/v1/rounds/" + id + "/tasks", Map.of("proposals",
                List.of(first), "directiveNumber", id + "/KH-YK"));
        assertThat(made.status()).as(made.toString()).isEqualTo(200);
        Api.Response late = as("cdsqg").post(undo, Map.of("proposal", first, "reason", "Đổi ý"));
        assertThat(late.status()).isEqualTo(409);
        assertThat(late.json().get("detail").asString()).contains("đã thành nhiệm vụ");
        assertThat(audited(id, "PROPOSAL_DECIDED")).isEqualTo(3);
    }

    @Test
    void theDecisionOnAnAnswerAndAMergeAreUndoneWithAReasonUntilATaskIsMade() {
        long id = openAndAnswer("Đợt thử hủy ý kiến và tách đề xuất");
        String receipt = id + "-BYT-1";
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/reviews", Map.of("receipt", receipt, "decision",
                "RETURNED", "reason", "Thiếu sản phẩm")).status()).isEqualTo(201);
        String undoReview = "/api/v1/rounds/" + id + "/reviews/" + receipt + "/undoing";
        assertThat(as("cdsqg").post(undoReview, Map.of("reason", " ")).status()).isEqualTo(400);
        Api.Response undone = as("cdsqg").post(undoReview, Map.of("reason", "Nhầm cơ quan"));
        assertThat(undone.status()).as(undone.toString()).isEqualTo(200);
        assertThat(undone.json().get("decision").asString()).isEqualTo("RETURNED");
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/answer").json().get("submissions").get(0).get("review")
                .isNull()).isTrue();
        assertThat(as("cdsqg").post(undoReview, Map.of("reason", "lần hai")).status()).isEqualTo(409);
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/reviews", Map.of("receipt", receipt, "decision",
                "ACCEPTED")).status()).isEqualTo(201);

        // A merge undone: both proposals stand alone again; the duplicate can then be kept apart or merged again.
        var kept = ref(id, "BYT", 1);
        var dup = ref(id, "UBND-HN", 1);
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/merges", Map.of("kept", kept, "duplicates",
                List.of(dup))).json().get("merged").asInt()).isEqualTo(1);
        String unmerge = "/api/v1/rounds/" + id + "/merges/undoing";
        assertThat(as("cdsqg").post(unmerge, Map.of("duplicate", kept, "reason", "x")).status()).isEqualTo(409);
        Api.Response split = as("cdsqg").post(unmerge, Map.of("duplicate", dup, "reason", "Khác phạm vi"));
        assertThat(split.status()).as(split.toString()).isEqualTo(200);
        assertThat(split.json().get("kept").get("receipt").asString()).isEqualTo(receipt);
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation").json().get("proposals").toString())
                .doesNotContain("\"mergedInto\":\"" + receipt);
        assertThat(audited(id, "PROPOSAL_UNMERGED")).isEqualTo(1);

        // Merged again and the kept one made a task: neither the merge nor the answer's decision is undone.
        as("cdsqg").post("/api/v1/rounds/" + id + "/merges", Map.of("kept", kept, "duplicates", List.of(dup)));
        assertThat(as("vanphong").post("/api/v1/rounds/" + id + "/tasks", Map.of("proposals", List.of(kept),
                "directiveNumber", id + "/KH-TACH")).status()).isEqualTo(200);
        assertThat(as("cdsqg").post(unmerge, Map.of("duplicate", dup, "reason", "muộn")).status()).isEqualTo(409);
        assertThat(as("cdsqg").post(undoReview, Map.of("reason", "muộn")).status()).isEqualTo(409);
    }

    @Test
    void theAggregationPageDecidesOnTickedProposalsAndUndoesThem() {
        long id = openAndAnswer("Đợt thử ý kiến trên trang");
        var organiser = FormSession.signIn(port, "cdsqg", true);
        var page = organiser.get("/rounds/" + id + "/aggregation");
        assertThat(page.body()).contains("accept-submit", "reject-submit", "undo-submit", "unmerge-submit");
        String key = id + "-BYT-1/1/2";
        var refused = organiser.submit("/rounds/" + id + "/tasks", page.body(), Map.of("p", key, "action", "reject",
                "decisionReason", ""));
        assertThat(refused.body()).contains("phải nêu lý do");
        var done = organiser.submit("/rounds/" + id + "/tasks", page.body(), Map.of("p", key, "action", "reject",
                "decisionReason", "Ngoài phạm vi đề án"));
        assertThat(done.body()).contains("Đã ghi không chấp nhận 1 đề xuất.", "Ngoài phạm vi đề án");
        var undone = organiser.submit("/rounds/" + id + "/tasks", page.body(), Map.of("p", key, "action", "undo",
                "decisionReason", "Xem lại"));
        assertThat(undone.body()).contains("Đã hủy ý kiến về 1 đề xuất.");
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/proposal-decisions").json().get("items")).isEmpty();

        // The answer's decision is undone from the round page.
        as("cdsqg").post("/api/v1/rounds/" + id + "/reviews", Map.of("receipt", id + "-BYT-1", "decision", "ACCEPTED"));
        var round = organiser.get("/rounds/" + id);
        assertThat(round.body()).contains("undo-review-BYT");
        var back = organiser.submit("/rounds/" + id + "/reviews/undoing", round.body(), Map.of("receipt",
                id + "-BYT-1", "reason", "Chấp nhận nhầm"));
        assertThat(back.body()).contains("Đã hủy ý kiến về bản trả lời số " + id + "-BYT-1");
    }

    @Test
    void similarProposalsAreSuggestedSideBySideMergedInOneClickAndUnmerged() {
        long id = openAndAnswer("Đợt thử đề xuất tương tự");
        // "Đào tạo cán bộ chuyên trách" and the same "về chuyển đổi số": 5 of 9 word pairs, 56%.
        JsonNode pairs = as("cdsqg").get("/api/v1/rounds/" + id + "/similar").json().get("items");
        assertThat(pairs).hasSize(1);
        assertThat(pairs.get(0).get("kept").get("receipt").asString()).isEqualTo(id + "-BYT-1");
        assertThat(pairs.get(0).get("duplicate").get("receipt").asString()).isEqualTo(id + "-UBND-HN-1");
        assertThat(pairs.get(0).get("similarity").asDouble()).isEqualTo(5.0 / 9);
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/similar?threshold=0.6").json().get("items")).isEmpty();
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/similar?threshold=7").status()).isEqualTo(400);
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/similar").status()).isEqualTo(404);

        var organiser = FormSession.signIn(port, "cdsqg", true);
        assertThat(organiser.get("/rounds/" + id + "/aggregation").body()).contains("similar-find")
                .doesNotContain("similar-pairs");
        var page = organiser.get("/rounds/" + id + "/aggregation?similar=1");
        assertThat(page.body()).contains("similar-pairs", "56%", "Đào tạo cán bộ chuyên trách về chuyển đổi số");
        // The pair's own button posts both proposals, the kept one first.
        var merged = organiser.submitAll("/rounds/" + id + "/tasks", page.body(), List.of(
                Map.entry("p", id + "-BYT-1/1/1"), Map.entry("p", id + "-UBND-HN-1/1/1"), Map.entry("action", "merge")));
        assertThat(organiser.get("/rounds/" + id + "/aggregation?similar=1").body()).contains("id=\"similar\"")
                .doesNotContain("similar-pairs");
        assertThat(as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation").json().get("proposals").toString())
                .contains("\"mergedInto\":\"" + id + "-BYT-1/1/1\"");
        var unmerged = organiser.submit("/rounds/" + id + "/tasks", merged.body(), Map.of("p", id + "-UBND-HN-1/1/1",
                "action", "unmerge", "decisionReason", "Phạm vi khác nhau"));
        assertThat(unmerged.body()).contains("Đã tách 1 đề xuất");
        assertThat(organiser.get("/rounds/" + id + "/aggregation?similar=1").body()).contains("similar-pairs");
    }

    @Test
    void theAggregationPageShowsAHundredProposalsAPageAndComesBackToThePageShown() {
        Api.Response opened = as("cdsqg").post("/api/v1/rounds", round("Đợt thử phân trang tổng hợp", today,
                "trong 10 ngày làm việc", false, List.of(column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true)), "BYT",
                "UBND-HN"));
        long id = opened.json().get("id").asLong();
        var rows = new ArrayList<Map<String, String>>();
        for (int i = 1; i <= 150; i++) {
            rows.add(Map.of("task", "Đề xuất số " + i));
        }
        assertThat(as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal", false,
                "tables", List.of(rows))).status()).isEqualTo(201);
        assertThat(as("hanoi").post("/api/v1/rounds/" + id + "/answer/submissions", Map.of("noProposal", false,
                "tables", List.of(List.of(Map.of("task", "Đào tạo cán bộ"))))).status()).isEqualTo(201);
        var organiser = FormSession.signIn(port, "cdsqg", true);
        String path = "/rounds/" + id + "/aggregation";

        // 151 proposals: 100, then 51; the counts are of all of them.
        String first = organiser.get(path).body();
        assertThat(first).contains("151 đề xuất theo bộ lọc; đang xem 1–100.", "Trang 1/2",
                "href=\"" + path + "?page=2\"");
        assertThat(ticked(first)).hasSize(100);
        String second = organiser.get(path + "?page=2").body();
        assertThat(second).contains("đang xem 101–151.", "Trang 2/2");
        var all = new java.util.HashSet<>(ticked(first));
        all.addAll(ticked(second));
        assertThat(all).hasSize(151);
        assertThat(organiser.get(path + "?page=99").body()).contains("Trang 2/2");
        assertThat(organiser.get(path + "?page=x").body()).contains("Trang 1/2");

        // Filtered: the filter is kept in the page links, the exports take every filtered row, not a page.
        String filter = "column.task=%C4%90%E1%BB%81%20xu%E1%BA%A5t%20s%E1%BB%91";
        String filtered = organiser.get(path + "?" + filter + "&page=2").body();
        assertThat(filtered).contains("150 đề xuất theo bộ lọc; đang xem 101–150.",
                "href=\"" + path + "?" + filter + "&amp;page=1\"", "aggregation.xlsx?" + filter + "\"",
                "aggregation?similar=1&amp;" + filter + "&amp;page=2#similar");
        assertThat(ticked(filtered)).hasSize(50).doesNotContain(id + "-UBND-HN-1/1/1");

        // A proposal ticked on that page is decided, and the organiser is back on the same page of the same filter.
        String back = java.util.regex.Pattern.compile("name=\"back\" value=\"([^\"]*)\"").matcher(filtered)
                .results().findFirst().orElseThrow().group(1).replace("&amp;", "&");
        String key = ticked(filtered).get(0);
        var done = organiser.submit("/rounds/" + id + "/tasks", filtered, Map.of("p", key, "action", "accept",
                "decisionReason", "", "back", back));
        assertThat(done.uri().toString()).endsWith(path + "?" + filter + "&page=2");
        assertThat(done.body()).contains("Đã chấp nhận 1 đề xuất.", "đang xem 101–150.", "Trang 2/2");
        // A "back" that names anything but the filters and the page is not followed.
        var elsewhere = organiser.submit("/rounds/" + id + "/tasks", filtered, Map.of("p", key, "action", "undo",
                "decisionReason", "Xem lại", "back", "next=https://example.com&page=2"));
        assertThat(elsewhere.uri().toString()).endsWith(path + "?page=2");
    }

    /** The proposals a page offers to tick. */
    private static List<String> ticked(String page) {
        return java.util.regex.Pattern.compile("name=\"p\" value=\"([^\"]+)\"").matcher(page).results()
                .map(m -> m.group(1)).toList();
    }
}
