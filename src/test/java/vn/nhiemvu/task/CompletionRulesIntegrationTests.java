package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.resultFile;
import static vn.nhiemvu.support.Bodies.task;

import java.time.LocalDate;
import java.util.List;
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
 * The role matrix of completion over HTTP (issue 13, item 6): a lead unit can neither undo the Office's completion
 * nor date its own further back than the rule allows; the Office can, within its own bounds, and that shows in the
 * audit trail. The task is entered on Monday 02/03/2026 from a directive of 27/02/2026, led by Vụ Hợp tác quốc tế,
 * due 31/03/2026; March 2026 has no holiday, so five working days before Monday 16/03 is Monday 09/03.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class CompletionRulesIntegrationTests {

    private static final AtomicInteger NUMBER = new AtomicInteger();

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    private long id;

    @BeforeEach
    void enterTask() {
        clock.setDay(LocalDate.parse("2026-03-02"));
        var directive = office().post("/api/v1/directives", Map.of("kind", "CONG_VAN",
                "number", NUMBER.incrementAndGet() + "/BTTTT-HTQT", "issuer", Map.of("code", "BTTTT"),
                "issueDate", "2026-02-27", "summary", "Giao việc hợp tác quốc tế năm 2026"));
        assertThat(directive.status()).as(directive.toString()).isEqualTo(201);
        var body = task("Chuẩn bị đoàn công tác tháng 3/2026", "HTQT", "2026-03-31");
        body.put("directive", Map.of("id", directive.json().get("id").asLong()));
        id = office().post("/api/v1/tasks", body).json().get("id").asLong();
        // The path is met (ADR 0025): what is tested here is who and when.
        resultFile(unit(), id);
    }

    @Test
    void aUnitCannotReopenWhatTheOfficeCompletedButMayReopenItsOwn() {
        clock.setDay(LocalDate.parse("2026-03-16"));
        assertThat(complete(office(), "2026-03-13").status()).isEqualTo(200);

        var refused = unit().delete(completion());
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("detail").asString()).contains("chỉ Văn phòng Bộ được mở lại");
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").asString()).isEqualTo("2026-03-13");
        assertThat(page("htqt")).as("no reopening button for the unit").doesNotContain("/reopening");
        assertThat(page("vanphong")).contains("/reopening");

        assertThat(office().delete(completion()).status()).isEqualTo(200);
        assertThat(complete(unit(), "2026-03-16").status()).isEqualTo(200);
        assertThat(page("htqt")).contains("/reopening");
        assertThat(unit().delete(completion()).status()).as("its own completion").isEqualTo(200);
    }

    @Test
    void aUnitCannotBackdateBeyondTheLimit() {
        clock.setDay(LocalDate.parse("2026-03-16"));
        var refused = complete(unit(), "2026-03-06");
        assertThat(refused.status()).isEqualTo(400);
        JsonNode error = refused.json().get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("completedAt");
        assertThat(error.get("message").asString()).contains("5 ngày làm việc", "09/03/2026", "Văn phòng Bộ");
        assertThat(office().get("/api/v1/tasks/" + id).json().get("completedAt").isNull()).isTrue();
        assertThat(page("htqt")).as("the date field starts where the rule does").contains("data-min=\"09/03/2026\"");

        assertThat(complete(unit(), "2026-03-09").status()).isEqualTo(200);
    }

    @Test
    void noOneButTheOfficeCompletesBeforeTheTaskWasEnteredAndNoOneBeforeItsDirective() {
        clock.setDay(LocalDate.parse("2026-03-04"));
        var beforeEntry = complete(unit(), "2026-02-27");
        assertThat(beforeEntry.status()).isEqualTo(400);
        assertThat(beforeEntry.json().get("errors").get(0).get("message").asString())
                .contains("nhiệm vụ được nhập vào hệ thống ngày 02/03/2026");

        var beforeDirective = complete(office(), "2026-02-26");
        assertThat(beforeDirective.status()).isEqualTo(400);
        assertThat(beforeDirective.json().get("errors").get(0).get("field").asString()).isEqualTo("completedAt");
        assertThat(beforeDirective.json().get("errors").get(0).get("message").asString())
                .contains("văn bản giao nhiệm vụ ban hành ngày 27/02/2026");
    }

    @Test
    void theOfficeMayBackdateToTheDirectiveSayingWhyAndTheOverrideIsInTheAuditTrail() {
        clock.setDay(LocalDate.parse("2026-04-20"));
        var unexplained = complete(office(), "2026-02-27");
        assertThat(unexplained.status()).isEqualTo(400);
        assertThat(unexplained.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        var done = office().post(completion(), Map.of("completedAt", "2026-02-27",
                "reason", "Đoàn đã đi ngày 27/02/2026 theo Công văn của Bộ; nhập bù."));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("status").asString()).isEqualTo("COMPLETED_ON_TIME");

        JsonNode completed = office().get("/api/v1/tasks/" + id + "/history").json().get("items").valueStream()
                .filter(e -> e.get("action").asString().equals("COMPLETED")).findFirst().orElseThrow();
        JsonNode by = completed.get("after").get("completedBy");
        assertThat(by.get("username").asString()).isEqualTo("vanphong");
        assertThat(by.get("source").asString()).isEqualTo("OFFICE");
        assertThat(by.get("beyondLimits").asBoolean()).isTrue();
        assertThat(by.get("reason").asString()).isEqualTo("Đoàn đã đi ngày 27/02/2026 theo Công văn của Bộ; nhập bù.");
        assertThat(page("vanphong")).contains("Văn phòng Bộ ghi ngày sớm hơn giới hạn của đơn vị",
                "Hoàn thành theo quyết định của Văn phòng:", "Đoàn đã đi ngày 27/02/2026 theo Công văn của Bộ; nhập bù.");
    }

    @Test
    void aDateInTheFutureIsRefusedToEveryone() {
        clock.setDay(LocalDate.parse("2026-03-16"));
        for (Api who : new Api[] { office(), unit() }) {
            var refused = complete(who, "2026-03-17");
            assertThat(refused.status()).isEqualTo(400);
            assertThat(refused.json().get("errors").get(0).get("field").asString()).isEqualTo("completedAt");
            assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("sau ngày hôm nay");
        }
    }

    @Test
    void aLaterRecordedStepBoundsTheUnitsDate() {
        clock.setDay(LocalDate.parse("2026-03-11"));
        var request = unit().post("/api/v1/tasks/" + id + "/guidance-requests",
                Map.of("kind", "GUIDANCE", "obstacle", "Chưa có ý kiến của đối tác về thời gian đón đoàn."));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        clock.setDay(LocalDate.parse("2026-03-13"));
        var refused = complete(unit(), "2026-03-10");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("xin ý kiến chỉ đạo", "ngày 11/03/2026");
        assertThat(complete(unit(), "2026-03-11").status()).isEqualTo(200);
    }

    @Test
    void anApprovedPlanBoundsTheUnitsDate() {
        long planned = office().post("/api/v1/tasks", task("Xây dựng kế hoạch chuyển đổi số 2026", "CDSQG", "2026-06-30"))
                .json().get("id").asLong();
        String plan = "/api/v1/tasks/" + planned + "/plan";
        var cdsqg = Api.as(port, "cdsqg");
        resultFile(cdsqg, planned);
        assertThat(cdsqg.post(plan + "/versions", Map.of("milestones", List.of(Map.of("title", "Dự thảo",
                "dueDate", "2026-04-30", "expectedProduct", "Dự thảo kế hoạch")))).status()).isEqualTo(201);
        assertThat(cdsqg.post(plan + "/versions/1/submission", null).status()).isEqualTo(200);
        clock.setDay(LocalDate.parse("2026-03-05"));
        var approved = Api.as(port, "lanhdao").post(plan + "/versions/1/approval", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        clock.setDay(LocalDate.parse("2026-03-09"));
        var refused = cdsqg.post("/api/v1/tasks/" + planned + "/completion", Map.of("completedAt", "2026-03-04"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("errors").get(0).get("message").asString())
                .contains("kế hoạch thực hiện được phê duyệt ngày 05/03/2026");
        assertThat(cdsqg.post("/api/v1/tasks/" + planned + "/completion", Map.of("completedAt", "2026-03-05")).status())
                .isEqualTo(200);
    }

    private Api.Response complete(Api who, String date) {
        return who.post(completion(), Map.of("completedAt", date));
    }

    private String completion() {
        return "/api/v1/tasks/" + id + "/completion";
    }

    private String page(String username) {
        return FormSession.signIn(port, username).get("/tasks/" + id).body();
    }

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private Api unit() {
        return Api.as(port, "htqt");
    }
}
