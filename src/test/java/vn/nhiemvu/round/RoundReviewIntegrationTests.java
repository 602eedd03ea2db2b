package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The organiser's decision on each answer and the notices the focal people read (ADR 0045): the opening reaches the
 * agencies asked; a version returned with its reason is revised and the new version accepted, each keeping its own
 * decision; every decision is audited and told to the agency; only the organiser decides, and only on the last
 * version, once.
 */
@IntegrationTest
class RoundReviewIntegrationTests extends RoundApiTest {

    private static final String TITLE = "Vòng thử ý kiến: đề xuất nhiệm vụ";

    private static Map<String, Object> answer(String... tasks) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (String t : tasks) {
            rows.add(Map.of("task", t));
        }
        return Map.of("noProposal", false, "tables", List.of(rows));
    }

    private Api.Response review(String who, long id, String receipt, String decision, String reason) {
        var body = new java.util.HashMap<String, Object>();
        body.put("receipt", receipt);
        body.put("decision", decision);
        body.put("reason", reason);
        return as(who).post("/api/v1/rounds/" + id + "/reviews", body);
    }

    /** The titles and bodies of the respondent's notices about the round. */
    private List<String> notices(String who, long id) {
        var found = new ArrayList<String>();
        Api.Response list = as(who).get("/api/v1/notifications");
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        for (JsonNode n : list.json().get("items")) {
            if (n.get("link").asString().equals("/rounds/" + id)) {
                found.add(n.get("title").asString() + " | " + n.get("body").asString());
            }
        }
        return found;
    }

    @Test
    void aReturnedAnswerIsRevisedAndTheNewVersionAcceptedEachKeepingItsDecision() throws java.io.IOException {
        Api.Response opened = as("cdsqg").post("/api/v1/rounds", round(TITLE, today, "trong 10 ngày làm việc", false,
                List.of(column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true)), "BYT", "UBND-HN"));
        assertThat(opened.status()).as(opened.toString()).isEqualTo(201);
        long id = opened.json().get("id").asLong();

        // The opening reaches the focal people of the agencies asked, on their own notices.
        assertThat(notices("byt", id)).singleElement().asString().startsWith("Đề nghị gửi đề xuất: " + TITLE)
                .contains("thời hạn");
        assertThat(notices("hanoi", id)).hasSize(1);

        String first = as("byt").post("/api/v1/rounds/" + id + "/answer/submissions", answer("Đào tạo cán bộ"))
                .json().get("receipt").get("number").asString();

        // Returning needs a reason; only the organiser decides (a respondent is not told the action exists).
        Api.Response noReason = review("cdsqg", id, first, "RETURNED", " ");
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        assertThat(review("byt", id, first, "ACCEPTED", "").status()).isEqualTo(404);
        assertThat(review("phapche", id, first, "ACCEPTED", "").status()).isEqualTo(403);

        Api.Response returned = review("cdsqg", id, first, "RETURNED", "Ghi rõ sản phẩm và thời gian hoàn thành.");
        assertThat(returned.status()).as(returned.toString()).isEqualTo(201);
        assertThat(returned.json().get("decision").asString()).isEqualTo("RETURNED");
        Api.Response twice = review("vanphong", id, first, "ACCEPTED", "");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.json().get("detail").asString()).contains("đã có ý kiến “Trả lại để sửa”");

        // The focal person reads the decision and its reason, on the answer and in a notice.
        JsonNode mine = as("byt").get("/api/v1/rounds/" + id + "/answer").json();
        assertThat(mine.get("submissions").get(0).get("review").get("reason").asString())
                .isEqualTo("Ghi rõ sản phẩm và thời gian hoàn thành.");
        assertThat(notices("byt", id)).contains("Trả lại để sửa: " + TITLE + " | Đơn vị tổ chức đợt “" + TITLE
                + "” có ý kiến về bản trả lời số " + first + ": Trả lại để sửa. Lý do: Ghi rõ sản phẩm và thời gian "
                + "hoàn thành.");
        assertThat(notices("hanoi", id)).hasSize(1);

        // The revision is a new version; the old one can no longer be decided, the new one is accepted.
        String second = as("byt").post("/api/v1/rounds/" + id + "/answer/submissions",
                answer("Đào tạo cán bộ chuyên trách chuyển đổi số, sản phẩm: 500 người được đào tạo, năm 2026"))
                .json().get("receipt").get("number").asString();
        Api.Response old = review("cdsqg", id, first, "REJECTED", "Muộn");
        assertThat(old.status()).isEqualTo(409);
        assertThat(old.json().get("detail").asString()).contains("không phải lần nộp cuối");
        assertThat(review("vanphong", id, second, "ACCEPTED", "").status()).isEqualTo(201);

        JsonNode versions = as("byt").get("/api/v1/rounds/" + id + "/answer").json().get("submissions");
        assertThat(versions).hasSize(2);
        assertThat(versions.get(0).get("review").get("decision").asString()).isEqualTo("RETURNED");
        assertThat(versions.get(1).get("review").get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(notices("byt", id)).hasSize(3).anyMatch(n -> n.startsWith("Chấp nhận: " + TITLE));
        JsonNode states = as("cdsqg").get("/api/v1/rounds/" + id + "/aggregation").json().get("agencies");
        assertThat(states.get(0).get("review").get("decision").asString()).isEqualTo("ACCEPTED");
        assertThat(states.get(1).get("review").isNull()).isTrue();

        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'PROPOSAL_ROUND' and entity_id = :id"
                + " and action = 'SUBMISSION_REVIEWED'").param("id", id).query(Long.class).single()).isEqualTo(2);
        // The aggregation as a Nghị định 30 report: where each agency stands, then the proposals with their proposers.
        byte[] pdf = as("cdsqg").getBytes("/api/v1/rounds/" + id + "/aggregation.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "BÁO CÁO",
                    "Tổng hợp đề xuất của các cơ quan trong đợt “" + TITLE + "”", "Ủy ban nhân dân thành phố Hà Nội Chưa trả lời 0",
                    "Bộ Y tế Có đề xuất " + second, "Đào tạo cán bộ chuyên trách chuyển đổi số", "THỦ TRƯỞNG ĐƠN VỊ");
            assertThat(doc.getPage(0).getMediaBox().getWidth()).isGreaterThan(doc.getPage(0).getMediaBox().getHeight());
        }
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "round-report.pdf"), pdf);
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/aggregation.pdf").status()).isEqualTo(404);

        // The request letter as a công văn: to the agencies asked, the deadline and the template's columns.
        byte[] letter = as("cdsqg").getBytes("/api/v1/rounds/" + id + "/letter.pdf");
        try (var doc = org.apache.pdfbox.Loader.loadPDF(letter)) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("V/v " + TITLE, "Kính gửi", "Bộ Y tế", "Ủy ban nhân dân thành phố Hà Nội",
                    "Căn cứ Quyết định số 1690/QĐ-TTg;", "gửi trong 10 ngày làm việc",
                    "Bảng 1: Nhiệm vụ trọng tâm", "Nhiệm vụ đề xuất (*)", "không được tiếp nhận", "- Như trên;");
        }
        java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "round-letter.pdf"), letter);
        assertThat(as("byt").get("/api/v1/rounds/" + id + "/letter.pdf").status()).isEqualTo(404);

        // The focal person still reaches nothing else of the ministry's.
        assertThat(as("byt").get("/api/v1/webhooks").status()).isEqualTo(404);
        assertThat(as("byt").get("/api/v1/inbox").status()).isEqualTo(404);
    }
}
