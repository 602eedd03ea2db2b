package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.resultFile;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.support.MutableClock;

/**
 * The traps of issue 14, item 3, over HTTP: a completion needs the steps its kind asks for (ADR 0025), the Office
 * alone goes beyond them and says why, dates make sense against the directive, the assignment, the legal review and
 * today, a reopen reopens the dossier, and an extension keeps the date asked and the date approved.
 * Tasks are led by Cục Chuyển đổi số quốc gia (supervised by the demo leader), from a directive of 27/02/2026, entered
 * on Monday 02/03/2026; March 2026 has no holiday. Every date is before the real today: the application's other test
 * context counts the dashboard by the real clock, and a decision "in the future" would not count there yet.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class CompletionPathIntegrationTests {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private long directive;

    @BeforeEach
    void recordDirective() {
        clock.setDay(LocalDate.parse("2026-03-02"));
        var created = office().post("/api/v1/directives", Map.of("kind", "CONG_VAN",
                "number", NUMBER.incrementAndGet() + "/BTTTT-CĐSQG", "issuer", Map.of("code", "BTTTT"),
                "issueDate", "2026-02-27", "summary", "Giao nhiệm vụ chuyển đổi số năm 2026"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        directive = created.json().get("id").asLong();
    }

    @Test
    void aUnitCannotCompleteItsReportWithNothingOnFile() {
        long id = task("REPORT", "Báo cáo tình hình chuyển đổi số quý I/2026", true);
        clock.setDay(LocalDate.parse("2026-03-10"));

        var refused = unit().post(completion(id), Map.of("completedAt", "2026-03-10"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.json().get("detail").asString()).contains("Báo cáo", "tệp kết quả");
        assertThat(refused.json().get("missingSteps").get(0).asString()).isEqualTo("RESULT_FILE");
        assertThat(refused.json().get("rules").asString()).isEqualTo("/completion-rules");
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").isNull()).isTrue();

        resultFile(unit(), id);
        var done = unit().post(completion(id), Map.of("completedAt", "2026-03-10"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("completedBy").get("source").asString()).isEqualTo("UNIT");
    }

    @Test
    void aSchemeIsNotCompletedByAClickNotEvenTheLeaders() {
        long id = task("SCHEME", "Xây dựng Đề án dữ liệu số quốc gia", true);
        clock.setDay(LocalDate.parse("2026-03-10"));
        for (Api who : new Api[] { unit(), leader() }) {
            var refused = who.post(completion(id), Map.of("completedAt", "2026-03-10"));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
            assertThat(refused.json().get("detail").asString())
                    .contains("Đề án", "Vụ Pháp chế thông qua thẩm định", "ghi nhận việc trình");
        }
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").isNull()).isTrue();
    }

    @Test
    void noOneDatesASubmissionBeforeTheLegalReviewPassed() {
        long id = schemeThroughReview("2026-03-05");
        clock.setDay(LocalDate.parse("2026-03-10"));
        for (Api who : new Api[] { office(), leader() }) {
            var refused = who.post(dossier(id) + "/submission",
                    Map.of("documentNumber", "45/TTr-BTTTT", "documentDate", "2026-03-04"));
            assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
            JsonNode error = refused.json().get("errors").get(0);
            assertThat(error.get("field").asString()).isEqualTo("documentDate");
            assertThat(error.get("message").asString()).contains("thông qua thẩm định", "ngày 05/03/2026", "quy tắc");
        }
        assertThat(office().get(dossier(id)).json().get("state").asString()).isEqualTo("PASSED");
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").isNull()).isTrue();
    }

    @Test
    void theOfficeCompletingBeforeTheAssignmentMustSayWhy() {
        long id = task("OTHER", "Rà soát danh mục dữ liệu dùng chung", false);
        resultFile(unit(), id);
        clock.setDay(LocalDate.parse("2026-03-04"));

        var unitRefused = unit().post(completion(id), Map.of("completedAt", "2026-02-27"));
        assertThat(unitRefused.status()).as(unitRefused.toString()).isEqualTo(400);
        JsonNode unitError = unitRefused.json().get("errors").get(0);
        assertThat(unitError.get("field").asString()).isEqualTo("completedAt");
        assertThat(unitError.get("message").asString()).contains("trái quy tắc “Không trước ngày giao nhiệm vụ”",
                "được giao (nhập vào hệ thống) ngày 02/03/2026");

        var refused = office().post(completion(id), Map.of("completedAt", "2026-02-20"));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("reason");
        assertThat(error.get("message").asString()).contains("phải nêu lý do", "Không trước ngày giao nhiệm vụ");
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").isNull()).isTrue();

        var done = office().post(completion(id), Map.of("completedAt", "2026-02-20",
                "reason", "Việc đã làm từ tháng 2, nhiệm vụ nhập bù theo Công văn 12/VP."));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        JsonNode by = done.json().get("completedBy");
        assertThat(by.get("beyondLimits").asBoolean()).isTrue();
        assertThat(by.has("skippedSteps")).as("the result was on file").isFalse();
        assertThat(by.get("reason").asString()).isEqualTo("Việc đã làm từ tháng 2, nhiệm vụ nhập bù theo Công văn 12/VP.");
    }

    @Test
    void aUnitOnThePageSeesWhyItCannotCompleteAndWhereTheRulesAre() {
        long id = task("REPORT", "Báo cáo sơ kết 6 tháng chuyển đổi số", true);
        clock.setDay(LocalDate.parse("2026-03-10"));
        var unitPages = FormSession.signIn(port, "cdsqg", true);
        String page = unitPages.get("/tasks/" + id).body();
        assertThat(page).contains("id=\"completion-refusal\"", "Chưa thể ghi nhận hoàn thành.", "Còn thiếu: có tệp kết quả",
                "href=\"/completion-rules\"", "Nhiệm vụ loại “Báo cáo”").doesNotContain("id=\"completion-form\"");

        // A form sent from an older page is refused the same way, on the page.
        var answer = unitPages.submit("/tasks/" + id + "/completion", page, Map.of("completedAt", "2026-03-10"));
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("Chưa thể ghi nhận hoàn thành.", "Còn thiếu: có tệp kết quả");
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").isNull()).isTrue();

        resultFile(unit(), id);
        page = unitPages.get("/tasks/" + id).body();
        assertThat(page).contains("id=\"completion-form\"", "✓").doesNotContain("id=\"completion-refusal\"");
        var late = unitPages.submit("/tasks/" + id + "/completion", page, Map.of("completedAt", "2026-02-26"));
        assertThat(late.body()).as("the date's error next to the field, the date typed kept")
                .contains("id=\"error-completedAt\"", "trái quy tắc “Không trước ngày giao nhiệm vụ”",
                        "value=\"26/02/2026\"");
        var done = unitPages.submit("/tasks/" + id + "/completion", late.body(), Map.of("completedAt", "2026-03-10"));
        assertThat(done.body()).contains("Đã ghi nhận hoàn thành.");
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").asString()).isEqualTo("2026-03-10");
    }

    @Test
    void theOfficeOverridesOnThePageWithAReasonThatIsAuditedAndShown() {
        long id = task("SCHEME", "Xây dựng Đề án kinh tế số", true);
        clock.setDay(LocalDate.parse("2026-03-10"));
        var officePages = FormSession.signIn(port, "vanphong", true);
        String page = officePages.get("/tasks/" + id).body();
        assertThat(page).contains("id=\"completion-form\"", "name=\"reason\"", "bắt buộc: còn thiếu bước",
                "Ghi nhận hoàn thành theo quyết định của Văn phòng");

        var unexplained = officePages.submit("/tasks/" + id + "/completion", page, Map.of("completedAt", "2026-03-05"));
        assertThat(unexplained.body()).contains("id=\"error-reason\"", "phải nêu lý do", "value=\"05/03/2026\"");
        String reason = "Đề án đã được Thủ tướng phê duyệt tại Quyết định 123/QĐ-TTg; hồ sơ giấy lưu tại Văn phòng.";
        var done = officePages.submit("/tasks/" + id + "/completion", unexplained.body(),
                Map.of("completedAt", "2026-03-05", "reason", reason));
        assertThat(done.body()).contains("Đã ghi nhận hoàn thành.", "id=\"completion-override\"",
                "Hoàn thành theo quyết định của Văn phòng:", reason,
                "khi còn thiếu: Vụ Pháp chế thông qua thẩm định hồ sơ; đã ghi nhận việc trình");

        JsonNode completed = office().get("/api/v1/tasks/" + id + "/history").json().get("items").valueStream()
                .filter(e -> e.get("action").asString().equals("COMPLETED")).findFirst().orElseThrow();
        JsonNode by = completed.get("after").get("completedBy");
        assertThat(by.get("source").asString()).isEqualTo("OFFICE");
        assertThat(by.get("reason").asString()).isEqualTo(reason);
        assertThat(by.get("skippedSteps").toString()).isEqualTo("[\"LEGAL_REVIEW_PASSED\",\"SUBMISSION_RECORDED\"]");
        assertThat(FormSession.signIn(port, "cdsqg").get("/tasks/" + id).body())
                .as("everyone who sees the task sees why").contains("Hoàn thành theo quyết định của Văn phòng:", reason);
    }

    @Test
    void theRulesAreStatedOnAPageAndInTheApi() {
        String page = FormSession.signIn(port, "cdsqg").get("/completion-rules").body();
        assertThat(page).contains("Quy tắc hoàn thành nhiệm vụ", "Đề án", "Văn bản quy phạm pháp luật", "Báo cáo",
                "Nhiệm vụ khác", "Vụ Pháp chế thông qua thẩm định hồ sơ", "Có tệp kết quả", "Không sau ngày hôm nay",
                "Không trước ngày giao nhiệm vụ", "Không trước ngày thông qua thẩm định", "Không lùi quá 5 ngày làm việc",
                "Văn phòng Bộ");
        JsonNode rules = unit().get("/api/v1/completion-rules").json();
        JsonNode scheme = rules.get("kinds").valueStream().filter(k -> k.get("kind").asString().equals("SCHEME"))
                .findFirst().orElseThrow();
        assertThat(scheme.get("steps").valueStream().map(step -> step.get("step").asString()))
                .containsExactly("LEGAL_REVIEW_PASSED", "SUBMISSION_RECORDED");
        assertThat(scheme.get("completesBySubmission").asBoolean()).isTrue();
        assertThat(rules.get("maxWorkingDaysInPast").asInt()).isEqualTo(5);
    }

    @Test
    void reopeningASubmittedTaskReopensItsDossier() {
        long id = schemeThroughReview("2026-03-05");
        clock.setDay(LocalDate.parse("2026-03-09"));
        var submitted = leader().post(dossier(id) + "/submission",
                Map.of("documentNumber", "45/TTr-BTTTT", "documentDate", "2026-03-06"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").asString()).isEqualTo("2026-03-06");

        assertThat(office().delete(completion(id)).status()).isEqualTo(200);
        JsonNode reopened = office().get(dossier(id)).json();
        assertThat(reopened.get("state").asString()).as("a state with a way on").isEqualTo("PASSED");
        assertThat(reopened.get("submission").isNull()).isTrue();
        JsonNode withdrawn = reopened.get("withdrawnSubmissions").get(0);
        assertThat(withdrawn.get("documentNumber").asString()).isEqualTo("45/TTr-BTTTT");
        assertThat(withdrawn.get("documentDate").asString()).isEqualTo("2026-03-06");
        assertThat(Api.as(port, "lanhdao").get(dossier(id)).json().get("allowedActions").toString())
                .contains("RECORD_SUBMISSION");

        var again = leader().post(dossier(id) + "/submission",
                Map.of("documentNumber", "52/TTr-BTTTT", "documentDate", "2026-03-09"));
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").asString()).isEqualTo("2026-03-09");
        assertThat(FormSession.signIn(port, "vanphong").get("/tasks/" + id + "/dossier").body())
                .contains("45/TTr-BTTTT", "06/03/2026", "52/TTr-BTTTT");
    }

    @Test
    void anExtensionKeepsTheDateAskedAndTheDateApproved() {
        clock.setDay(LocalDate.parse("2026-01-12"));
        var body = body("OTHER", "Triển khai nền tảng dữ liệu ngành", false);
        body.put("deadline", "2026-01-30");
        long id = office().post("/api/v1/tasks", body).json().get("id").asLong();
        var asked = unit().post("/api/v1/tasks/" + id + "/guidance-requests", Map.of("kind", "EXTENSION",
                "obstacle", "Chờ ý kiến các bộ về dữ liệu dùng chung.", "proposedDeadline", "2026-02-26"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        clock.setDay(LocalDate.parse("2026-01-14"));
        var decided = leader().post("/api/v1/tasks/" + id + "/guidance-requests/" + asked.json().get("id").asLong()
                + "/decision", Map.of("decision", "APPROVE", "approvedDeadline", "2026-02-19"));
        assertThat(decided.status()).as(decided.toString()).isEqualTo(200);

        JsonNode task = office().get("/api/v1/tasks/" + id).json();
        JsonNode change = task.get("deadlineChanges").get(0);
        assertThat(change.get("proposedDeadline").asString()).isEqualTo("2026-02-26");
        assertThat(change.get("approvedDeadline").asString()).isEqualTo("2026-02-19");
        assertThat(task.get("applicableDeadline").asString()).isEqualTo("2026-02-19");
        String page = FormSession.signIn(port, "vanphong").get("/tasks/" + id).body();
        assertThat(page).contains("Thời hạn được phê duyệt", "26/02/2026", "19/02/2026");
    }

    /** A Đề án whose dossier was sent for review on 03/03/2026 and passed on the day given. */
    private long schemeThroughReview(String passedOn) {
        long id = task("SCHEME", "Xây dựng Đề án phát triển hạ tầng số", true);
        for (String role : new String[] { "DRAFT_DOCUMENT", "EXPLANATORY_REPORT", "OPINIONS" }) {
            assertThat(upload(unit(), id, role.toLowerCase() + ".txt", role).status()).isEqualTo(201);
        }
        clock.setDay(LocalDate.parse("2026-03-03"));
        assertThat(unit().post(dossier(id) + "/submission-for-review", null).status()).isEqualTo(200);
        clock.setDay(LocalDate.parse(passedOn));
        assertThat(Api.as(port, "phapche").post(dossier(id) + "/review", Map.of("decision", "PASS")).status())
                .isEqualTo(200);
        return id;
    }

    private long task(String kind, String title, boolean withDirective) {
        var created = office().post("/api/v1/tasks", body(kind, title, withDirective));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Map<String, Object> body(String kind, String title, boolean withDirective) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        body.put("title", title);
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("supervisingLeader", Map.of("id", leaderId()));
        body.put("deadline", "2026-06-30");
        if (withDirective) {
            body.put("directive", Map.of("id", directive));
        }
        return body;
    }

    private long leaderId() {
        return office().get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("fullName").asString().equals("Nguyễn Huy Dũng")).findFirst().orElseThrow()
                .get("id").asLong();
    }

    private Api.Response upload(Api who, long id, String name, String role) {
        return who.upload(dossier(id) + "/files", name,
                ("Nội dung " + name).getBytes(StandardCharsets.UTF_8), Map.of("role", role));
    }

    private static String completion(long id) {
        return "/api/v1/tasks/" + id + "/completion";
    }

    private static String dossier(long id) {
        return "/api/v1/tasks/" + id + "/dossier";
    }

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private Api unit() {
        return Api.as(port, "cdsqg");
    }

    private Api leader() {
        return Api.as(port, "lanhdao");
    }
}
