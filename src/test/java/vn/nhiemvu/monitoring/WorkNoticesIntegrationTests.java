package vn.nhiemvu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Notices of what people do, through the API as the people who do it (ADR 0024): who is told (and nobody else), what
 * the notice links to, and that its inbox item goes once what it asks for is done. Each test walks a task of its own
 * led by Cục Chuyển đổi số quốc gia (cdsqg), coordinated by Cục An toàn thông tin (attt), supervised by the leader
 * with an account (lanhdao); Vụ Kế hoạch - Tài chính (khtc) stands for the units outside.
 */
@IntegrationTest
class WorkNoticesIntegrationTests {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Api as(String user) {
        return Api.as(port, user);
    }

    /** Issue 14's trap: the overdue notice of a task completed since stayed in "Việc cần xử lý". */
    @Test
    void theOverdueNoticeOfACompletedTaskLeavesTheInbox() {
        String title = "Thông báo thử: nhiệm vụ quá hạn rồi hoàn thành";
        long task = task(title, today.minusDays(10));
        assertThat(waiting("cdsqg", title)).contains("Thông báo: Quá hạn");

        completeThroughTheDossier(task);

        assertThat(as("cdsqg").get("/api/v1/tasks/" + task).json().get("completedAt").asString())
                .isEqualTo(today.toString());
        assertThat(waiting("cdsqg", title)).doesNotContain("Thông báo: Quá hạn");
        assertThat(notices(task, "OVERDUE")).allSatisfy(n -> assertThat(n.get("settledAt").isNull()).isFalse());
        assertThat(inApp("cdsqg", title)).anySatisfy(n -> {
            assertThat(n.get("rule").asString()).isEqualTo("OVERDUE");
            assertThat(n.get("settledAt").isNull()).as("kept in the person's list, marked settled").isFalse();
        });
    }

    @Test
    void anAssignmentTellsTheLeadAndCoordinatingUnitsAndANewLeadUnitTakesOver() {
        String title = "Thông báo thử: giao nhiệm vụ rồi đổi đơn vị chủ trì";
        long task = task(title, today.plusDays(60));
        assertThat(lines(task)).containsExactlyInAnyOrder("TASK_ASSIGNED cdsqg /tasks/" + task,
                "TASK_ASSIGNED attt /tasks/" + task);
        JsonNode lead = notices(task, "TASK_ASSIGNED").stream().filter(n -> recipients(n).equals("cdsqg"))
                .findFirst().orElseThrow();
        assertThat(lead.get("title").asString()).isEqualTo("Được giao chủ trì: " + title);
        assertThat(lead.get("body").asString()).contains("Cục Chuyển đổi số quốc gia được giao chủ trì",
                "thời hạn " + DAY.format(today.plusDays(60)), "Đơn vị phối hợp: Cục An toàn thông tin",
                "Lãnh đạo Bộ phụ trách: Thứ trưởng Nguyễn Huy Dũng", "Người giao: Chuyên viên Văn phòng Bộ");
        assertThat(waiting("khtc", title)).isEmpty();

        // The inbox item opens the task and is read from then on.
        JsonNode item = items("cdsqg", title).get(0);
        assertThat(item.get("about").asString()).isEqualTo("/tasks/" + task);
        var opened = FormSession.signIn(port, "cdsqg").get(item.get("link").asString());
        assertThat(opened.statusCode()).isEqualTo(302);
        assertThat(opened.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/tasks/" + task));
        assertThat(FormSession.signIn(port, "attt").get(item.get("link").asString()).statusCode())
                .as("someone else's notice").isEqualTo(404);
        assertThat(waiting("cdsqg", title)).isEmpty();
        assertThat(waiting("attt", title)).containsExactly("Thông báo: Được giao nhiệm vụ");

        // The Office moves the task to Vụ Kế hoạch - Tài chính: it is told, and what was asked of Cục CĐSQG is settled.
        var read = as("vanphong").get("/api/v1/tasks/" + task);
        var body = body(title, "KHTC", today.plusDays(60));
        var moved = as("vanphong").put("/api/v1/tasks/" + task, body, Map.of("If-Match", read.header("ETag")));
        assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
        JsonNode toKhtc = notices(task, "TASK_ASSIGNED").stream().filter(n -> recipients(n).equals("khtc"))
                .findFirst().orElseThrow();
        assertThat(toKhtc.get("body").asString()).contains("Vụ Kế hoạch - Tài chính được giao chủ trì nhiệm vụ (thay"
                + " Cục Chuyển đổi số quốc gia)");
        assertThat(notices(task, "TASK_ASSIGNED")).filteredOn(n -> n.get("id").asLong() == lead.get("id").asLong())
                .singleElement().satisfies(n -> assertThat(n.get("settledAt").isNull()).isFalse());
        assertThat(waiting("khtc", title)).containsExactly("Thông báo: Được giao nhiệm vụ");
    }

    @Test
    void aPlanWaitsForTheLeaderIsReturnedThenApproved() {
        String title = "Thông báo thử: kế hoạch trả lại rồi phê duyệt";
        long task = task(title, today.plusDays(60));
        String plan = "/api/v1/tasks/" + task + "/plan";
        var drafted = as("cdsqg").post(plan + "/versions", Map.of("milestones", List.of(Map.of("title",
                "Dự thảo", "dueDate", today.plusDays(30).toString(), "expectedProduct", "Dự thảo Đề án"))));
        assertThat(drafted.status()).as(drafted.toString()).isEqualTo(201);
        assertThat(as("cdsqg").post(plan + "/versions/1/submission", null).status()).isEqualTo(200);

        assertThat(lines(task, "PLAN_SUBMITTED")).containsExactly("PLAN_SUBMITTED lanhdao /tasks/" + task + "/plan");
        assertThat(inApp("lanhdao", title)).extracting(n -> n.get("rule").asString()).contains("PLAN_SUBMITTED");
        assertThat(waiting("lanhdao", title)).as("the plan to approve, once: the work, not also its notice")
                .containsExactly("Phê duyệt kế hoạch thực hiện (phiên bản 1)");

        var returned = as("lanhdao").post(plan + "/versions/1/return", Map.of("comment", "Bổ sung mốc lấy ý kiến."));
        assertThat(returned.status()).as(returned.toString()).isEqualTo(200);
        assertThat(lines(task, "PLAN_RETURNED")).containsExactly("PLAN_RETURNED cdsqg /tasks/" + task
                + "/plan#plan-version-1");
        assertThat(notices(task, "PLAN_RETURNED").get(0).get("body").asString())
                .contains("Thứ trưởng Nguyễn Huy Dũng trả lại", "“Bổ sung mốc lấy ý kiến.”");
        assertThat(notices(task, "PLAN_SUBMITTED")).allSatisfy(n -> assertThat(n.get("settledAt").isNull()).isFalse());
        assertThat(waiting("cdsqg", title)).contains("Thông báo: Kế hoạch bị trả lại");

        // The unit submits again: the return is dealt with, the leader has a plan to approve again.
        assertThat(as("cdsqg").post(plan + "/versions/1/submission", null).status()).isEqualTo(200);
        assertThat(waiting("cdsqg", title)).doesNotContain("Thông báo: Kế hoạch bị trả lại");
        assertThat(notices(task, "PLAN_SUBMITTED")).hasSize(2);

        assertThat(as("lanhdao").post(plan + "/versions/1/approval", null).status()).isEqualTo(200);
        assertThat(lines(task, "PLAN_APPROVED")).containsExactly("PLAN_APPROVED attt,cdsqg /tasks/" + task
                + "/plan#plan-version-1");
        assertThat(waiting("lanhdao", title)).isEmpty();
        assertThat(waiting("attt", title)).contains("Thông báo: Kế hoạch được phê duyệt");
        assertThat(waiting("khtc", title)).isEmpty();
    }

    @Test
    void requestsWaitForTheLeaderAndTheAnswerAndTheExtensionGoBack() {
        String title = "Thông báo thử: xin ý kiến và gia hạn";
        long task = task(title, today.plusDays(60));
        String requests = "/api/v1/tasks/" + task + "/guidance-requests";
        var guidance = as("cdsqg").post(requests, Map.of("kind", "GUIDANCE", "obstacle", "Chưa rõ phạm vi dữ liệu"));
        assertThat(guidance.status()).as(guidance.toString()).isEqualTo(201);
        assertThat(lines(task, "REQUEST_SENT")).containsExactly("REQUEST_SENT lanhdao /tasks/" + task
                + "#guidance-requests");
        assertThat(waiting("lanhdao", title)).containsExactly("Cho ý kiến chỉ đạo");

        var answered = as("lanhdao").post(requests + "/" + guidance.json().get("id").asLong() + "/decision",
                Map.of("decision", "ANSWER", "answer", "Thống nhất phạm vi với Cục An toàn thông tin."));
        assertThat(answered.status()).as(answered.toString()).isEqualTo(200);
        assertThat(lines(task, "GUIDANCE_ANSWERED")).containsExactly("GUIDANCE_ANSWERED cdsqg /tasks/" + task
                + "#guidance-requests");
        assertThat(notices(task, "GUIDANCE_ANSWERED").get(0).get("body").asString())
                .contains("“Thống nhất phạm vi với Cục An toàn thông tin.”");
        assertThat(notices(task, "REQUEST_SENT")).allSatisfy(n -> assertThat(n.get("settledAt").isNull()).isFalse());

        LocalDate asked = today.plusDays(90);
        LocalDate granted = today.plusDays(80);
        var extension = as("cdsqg").post(requests, Map.of("kind", "EXTENSION", "obstacle", "Chờ ý kiến các bộ",
                "proposedDeadline", asked.toString()));
        assertThat(extension.status()).as(extension.toString()).isEqualTo(201);
        assertThat(notices(task, "REQUEST_SENT").get(0).get("body").asString())
                .contains("Thời hạn đề nghị: " + DAY.format(asked));
        var approved = as("lanhdao").post(requests + "/" + extension.json().get("id").asLong() + "/decision",
                Map.of("decision", "APPROVE", "approvedDeadline", granted.toString()));
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);
        assertThat(lines(task, "EXTENSION_DECIDED")).containsExactly("EXTENSION_DECIDED attt,cdsqg /tasks/" + task
                + "#deadline-changes");
        assertThat(notices(task, "EXTENSION_DECIDED").get(0).get("body").asString()).contains(
                "Thứ trưởng Nguyễn Huy Dũng phê duyệt", "thời hạn mới " + DAY.format(granted),
                "thời hạn trước đó " + DAY.format(today.plusDays(60)));
        assertThat(lines(task, "GUIDANCE_ANSWERED")).as("an extension decided is told once").hasSize(1);
        assertThat(waiting("lanhdao", title)).isEmpty();
        assertThat(waiting("khtc", title)).isEmpty();
    }

    @Test
    void anExtensionTheOfficeRecordsSettlesTheOverdueNoticeOfTheOldDeadline() {
        String title = "Thông báo thử: gia hạn ghi nhận theo văn bản";
        // Under a directive whose cut-off for requests is today, so that a request made today moves the deadline.
        var directive = as("vanphong").post("/api/v1/directives", Map.of("kind", "CHI_THI", "number",
                "97/CT-BTTTT", "issuer", Map.of("code", "BTTTT"), "issueDate", today.minusDays(60).toString(),
                "summary", "Thông báo thử: hạn chót đề nghị gia hạn hôm nay", "extensionCutoff", today.toString()));
        assertThat(directive.status()).as(directive.toString()).isEqualTo(201);
        var body = body(title, "CDSQG", today.minusDays(10));
        body.put("directive", Map.of("id", directive.json().get("id").asLong()));
        var created = as("vanphong").post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long task = created.json().get("id").asLong();
        assertThat(waiting("cdsqg", title)).contains("Thông báo: Quá hạn");

        var recorded = as("vanphong").post("/api/v1/tasks/" + task + "/deadline-changes", Map.of("requestedOn",
                today.toString(), "proposedDeadline", today.plusDays(30).toString(), "decision",
                "APPROVED", "decidedOn", today.toString(), "decidedBy", "Thứ trưởng Nguyễn Huy Dũng", "requestRef",
                "Công văn 12/CĐSQG-KH"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        assertThat(lines(task, "EXTENSION_DECIDED")).containsExactly("EXTENSION_DECIDED attt,cdsqg /tasks/" + task
                + "#deadline-changes");
        assertThat(waiting("cdsqg", title)).doesNotContain("Thông báo: Quá hạn").contains("Thông báo: Quyết định về"
                + " đề nghị gia hạn");
    }

    @Test
    void theDossierGoesToVuPhapCheBackToTheUnitThenIsSubmittedAndTheTaskReopened() {
        String title = "Thông báo thử: hồ sơ trả lại, thông qua, trình";
        long task = task(title, today.plusDays(60));
        String dossier = "/api/v1/tasks/" + task + "/dossier";
        upload(task, "DRAFT_DOCUMENT");
        upload(task, "EXPLANATORY_REPORT");
        assertThat(as("cdsqg").post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(lines(task, "DOSSIER_FOR_REVIEW")).containsExactly("DOSSIER_FOR_REVIEW phapche /tasks/" + task
                + "/dossier");
        assertThat(waiting("phapche", title)).containsExactly("Thẩm định hồ sơ");

        assertThat(as("phapche").post(dossier + "/review", Map.of("decision", "RETURN", "comments",
                "Thiếu tổng hợp ý kiến góp ý.")).status()).isEqualTo(200);
        assertThat(lines(task, "DOSSIER_RETURNED")).containsExactly("DOSSIER_RETURNED cdsqg /tasks/" + task
                + "/dossier#review-history");
        assertThat(notices(task, "DOSSIER_RETURNED").get(0).get("body").asString())
                .contains("Vụ Pháp chế (Chuyên viên Vụ Pháp chế) trả lại hồ sơ", "“Thiếu tổng hợp ý kiến góp ý.”");
        assertThat(waiting("cdsqg", title)).contains("Thông báo: Hồ sơ bị trả lại");
        assertThat(waiting("phapche", title)).isEmpty();

        upload(task, "OPINIONS");
        assertThat(as("cdsqg").post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(waiting("cdsqg", title)).doesNotContain("Thông báo: Hồ sơ bị trả lại");
        assertThat(as("phapche").post(dossier + "/review", Map.of("decision", "PASS")).status()).isEqualTo(200);
        assertThat(lines(task, "DOSSIER_PASSED")).containsExactly("DOSSIER_PASSED cdsqg,lanhdao /tasks/" + task
                + "/dossier");
        assertThat(waiting("lanhdao", title)).containsExactly("Ký trình hồ sơ đã thông qua thẩm định");

        var submitted = as("vanphong").post(dossier + "/submission", Map.of("documentNumber", "45/TTr-BTTTT",
                "documentDate", today.toString()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(lines(task, "SUBMISSION_RECORDED")).containsExactly("SUBMISSION_RECORDED attt,cdsqg /tasks/" + task
                + "/dossier#submission");
        assertThat(notices(task, "SUBMISSION_RECORDED").get(0).get("body").asString())
                .contains("văn bản số 45/TTr-BTTTT ngày " + DAY.format(today));
        assertThat(waiting("lanhdao", title)).isEmpty();
        assertThat(waiting("cdsqg", title)).as("only what informs is left").containsExactly("Thông báo: Đã trình");

        var reopened = as("vanphong").delete("/api/v1/tasks/" + task + "/completion");
        assertThat(reopened.status()).as(reopened.toString()).isEqualTo(200);
        assertThat(lines(task, "TASK_REOPENED")).containsExactly("TASK_REOPENED attt,cdsqg /tasks/" + task);
        assertThat(notices(task, "TASK_REOPENED").get(0).get("body").asString())
                .contains("Chuyên viên Văn phòng Bộ mở lại nhiệm vụ", "trước đó ghi nhận hoàn thành ngày " + DAY.format(today));
        assertThat(waiting("khtc", title)).isEmpty();
    }

    @Test
    void aKindSwitchedOffIsNotDeliveredAndTheChoicesListTheNewKinds() {
        String title = "Thông báo thử: loại thông báo đã tắt";
        var prefs = as("attt").get("/api/v1/notifications/preferences").json();
        try {
            assertThat(as("attt").put("/api/v1/notifications/preferences", Map.of("inApp", true, "byEmail", false,
                    "mutedRules", List.of("TASK_ASSIGNED")), Map.of()).status()).isEqualTo(200);
            long task = task(title, today.plusDays(60));
            assertThat(lines(task)).contains("TASK_ASSIGNED attt /tasks/" + task);
            assertThat(inApp("attt", title)).isEmpty();
            assertThat(inApp("cdsqg", title)).hasSize(1);
        } finally {
            as("attt").put("/api/v1/notifications/preferences", prefs, Map.of());
        }
        var page = FormSession.signIn(port, "attt").get("/notifications");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Việc được giao và kết quả xử lý", "value=\"TASK_ASSIGNED\"",
                "Hồ sơ bị trả lại", "Đề nghị chờ Lãnh đạo Bộ cho ý kiến");
    }

    @Test
    void theInboxPageLinksEachNoticeToItsStep() {
        String title = "Thông báo thử: trang việc cần xử lý";
        long task = task(title, today.plusDays(60));
        var session = FormSession.signIn(port, "cdsqg");
        var page = session.get("/inbox");
        assertThat(page.statusCode()).isEqualTo(200);
        long notice = inApp("cdsqg", title).get(0).get("id").asLong();
        assertThat(page.body()).contains("href=\"/notifications/" + notice + "/open\"", "Được giao chủ trì: " + title);
        assertThat(session.get("/notifications/" + notice + "/open").headers().firstValue("Location"))
                .hasValueSatisfying(l -> assertThat(l).endsWith("/tasks/" + task));
        assertThat(session.get("/inbox").body()).doesNotContain("Được giao chủ trì: " + title);
    }

    /** A task led by Cục CĐSQG, coordinated by Cục ATTT, supervised by the leader with an account. */
    private long task(String title, LocalDate deadline) {
        var created = as("vanphong").post("/api/v1/tasks", body(title, "CDSQG", deadline));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private Map<String, Object> body(String title, String lead, LocalDate deadline) {
        long cdsqg = as("vanphong").get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals("CDSQG")).findFirst().orElseThrow().get("id").asLong();
        long leader = as("vanphong").get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("supervisedUnitIds").valueStream().anyMatch(u -> u.asLong() == cdsqg))
                .findFirst().orElseThrow().get("id").asLong();
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("leadUnit", Map.of("code", lead));
        body.put("coordinatingUnits", List.of(Map.of("code", "ATTT")));
        body.put("supervisingLeader", Map.of("id", leader));
        body.put("deadline", deadline.toString());
        return body;
    }

    private void upload(long task, String role) {
        var uploaded = as("cdsqg").upload("/api/v1/tasks/" + task + "/dossier/files", role.toLowerCase() + ".txt",
                ("Tệp " + role).getBytes(StandardCharsets.UTF_8), Map.of("role", role));
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(201);
    }

    /** The path a task is meant to take to completion: the dossier passed by Vụ Pháp chế, then the submission. */
    private void completeThroughTheDossier(long task) {
        String dossier = "/api/v1/tasks/" + task + "/dossier";
        upload(task, "DRAFT_DOCUMENT");
        upload(task, "EXPLANATORY_REPORT");
        assertThat(as("cdsqg").post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(as("phapche").post(dossier + "/review", Map.of("decision", "PASS", "comments", "Đạt.")).status())
                .isEqualTo(200);
        var submitted = as("vanphong").post(dossier + "/submission", Map.of("documentNumber", "12/TTr-BTTTT",
                "documentDate", today.toString()));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
    }

    /** The task's notices of the rules (all when none named), newest first, as the Office sees them. */
    private List<JsonNode> notices(long task, String... rules) {
        var response = as("vanphong").get("/api/v1/notices?limit=500&taskId=" + task);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .filter(n -> rules.length == 0 || List.of(rules).contains(n.get("rule").asString())).toList();
    }

    /** "RULE recipients link" for each of the task's notices of the rules. */
    private List<String> lines(long task, String... rules) {
        return notices(task, rules).stream()
                .map(n -> n.get("rule").asString() + " " + recipients(n) + " " + n.get("link").asString()).toList();
    }

    private static String recipients(JsonNode notice) {
        return String.join(",", notice.get("recipients").valueStream().map(r -> r.get("username").asString())
                .sorted().toList());
    }

    /** The person's inbox items about the task (their titles name it). */
    private List<JsonNode> items(String user, String title) {
        var response = as(user).get("/api/v1/inbox");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().filter(i -> i.get("title").asString().contains(title))
                .toList();
    }

    private List<String> waiting(String user, String title) {
        return items(user, title).stream().map(i -> i.get("kind").asString()).filter(Objects::nonNull).toList();
    }

    /** The person's in-app notices about the task, read or not. */
    private List<JsonNode> inApp(String user, String title) {
        var response = as(user).get("/api/v1/notifications?limit=500");
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream().filter(n -> n.get("title").asString().contains(title))
                .toList();
    }
}
