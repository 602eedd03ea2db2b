package vn.nhiemvu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.support.MutableClock;

/**
 * Walks one task through March 2026 with a hand-moved clock and checks exactly which notices went out, on which
 * day, to whom and through which channel: in the application, by e-mail (a real SMTP server, GreenMail) and to a
 * webhook (a local receiver that checks signatures and refuses the first delivery). Each sweep runs twice a day;
 * the second sends nothing. The assignment's notice (ADR 0024) goes through the same channels.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
@TestPropertySource(properties = { "spring.mail.host=127.0.0.1", "nhiemvu.notification.webhook.poll=PT0.3S",
        "nhiemvu.notification.webhook.retry-base=PT1M" })
class NoticeScenarioIntegrationTests {

    private static final String SECRET = "bí-mật-của-hệ-thống-nhận-0123456789";
    private static final String TITLE = "Theo dõi thử: xây dựng quy chế phối hợp";
    private static final GreenMail MAIL = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    private static final JsonMapper JSON = JsonMapper.builder().build();

    static {
        MAIL.start();
    }

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.port", () -> MAIL.getSmtp().getPort());
    }

    @AfterAll
    static void stopMail() {
        MAIL.stop();
    }

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    UrgingLetters urging;

    @Test
    void walksATaskThroughTimeAndSendsEachNoticeOnceThroughEveryChannel() throws Exception {
        var office = Api.as(port, "vanphong");
        var unit = Api.as(port, "cdsqg");
        clock.setDay(LocalDate.of(2026, 3, 2));
        // Due soon is the evaluation policy's (5 working days here), not a monitoring rule: sent, it is refused.
        var misplaced = office.put("/api/v1/monitoring/rules", Map.of("dueSoonWorkingDays", 3, "repeatWorkingDays", 2,
                "escalateAfterWorkingDays", 4, "requestDecisionWorkingDays", 2, "weeklyDigest", true), Map.of());
        assertThat(misplaced.status()).isEqualTo(400);
        assertThat(misplaced.body()).contains("/api/v1/evaluation/policy");
        var rules = office.put("/api/v1/monitoring/rules", Map.of("repeatWorkingDays", 2,
                "escalateAfterWorkingDays", 4, "requestDecisionWorkingDays", 2, "weeklyDigest", true), Map.of());
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        assertThat(unit.put("/api/v1/monitoring/rules", Map.of("repeatWorkingDays", 1,
                "escalateAfterWorkingDays", 1, "requestDecisionWorkingDays", 1, "weeklyDigest", false), Map.of())
                .status()).isEqualTo(403);
        for (String user : List.of("cdsqg", "lanhdao")) {
            var prefs = Api.as(port, user).put("/api/v1/notifications/preferences", Map.of("email",
                    user + "@example.vn", "inApp", true, "byEmail", true, "mutedRules", List.of()), Map.of());
            assertThat(prefs.status()).as(prefs.toString()).isEqualTo(200);
        }

        try (var receiver = new WebhookReceiver(SECRET)) {
            var hook = office.post("/api/v1/webhooks", Map.of("url", receiver.url(), "secret", SECRET));
            assertThat(hook.status()).as(hook.toString()).isEqualTo(201);

            long leaderId = accounts.find("lanhdao").orElseThrow().leaderId();
            var body = new java.util.LinkedHashMap<>(Bodies.task(TITLE, "CDSQG", "2026-03-10"));
            body.put("supervisingLeader", Map.of("id", leaderId));
            var created = office.post("/api/v1/tasks", body);
            assertThat(created.status()).as(created.toString()).isEqualTo(201);
            long taskId = created.json().get("id").asLong();

            for (LocalDate day = LocalDate.of(2026, 3, 2); !day.isAfter(LocalDate.of(2026, 3, 17)); day = day.plusDays(1)) {
                clock.setDay(day);
                assertThat(office.post("/api/v1/monitoring/sweeps", null).status()).isEqualTo(200);
                var again = office.post("/api/v1/monitoring/sweeps", null);
                assertThat(again.json().get("sent").asInt()).as("a second sweep on " + day).isZero();
            }

            List<JsonNode> notices = items(office.get("/api/v1/notices?limit=500&taskId=" + taskId));
            var oldestFirst = new ArrayList<>(notices);
            java.util.Collections.reverse(oldestFirst);
            assertThat(oldestFirst.stream().map(NoticeScenarioIntegrationTests::line)).containsExactly(
                    "2026-03-02 TASK_ASSIGNED cdsqg", "2026-03-02 TASK_ASSIGNED vp", "2026-03-03 DUE_SOON cdsqg", "2026-03-11 OVERDUE cdsqg", "2026-03-13 OVERDUE cdsqg",
                    "2026-03-16 ESCALATION lanhdao", "2026-03-17 OVERDUE cdsqg");
            assertThat(items(office.get("/api/v1/notices?limit=500")).stream()
                    .filter(n -> n.get("rule").asString().equals("WEEKLY_DIGEST"))
                    .filter(n -> n.get("issuedOn").asString().startsWith("2026-03")).map(NoticeScenarioIntegrationTests::line))
                    .containsExactlyInAnyOrder("2026-03-02 WEEKLY_DIGEST vanphong", "2026-03-09 WEEKLY_DIGEST vanphong",
                            "2026-03-16 WEEKLY_DIGEST vanphong");
            assertThat(items(unit.get("/api/v1/notices?limit=500")))
                    .as("a unit sees only the notices sent to it")
                    .allSatisfy(n -> assertThat(line(n)).contains("cdsqg"));

            // In the application: unread in the person's list and inbox until read.
            List<JsonNode> inApp = items(unit.get("/api/v1/notifications?unread=true&limit=500")).stream()
                    .filter(n -> n.get("title").asString().contains(TITLE)).toList();
            assertThat(inApp).extracting(n -> n.get("rule").asString())
                    .containsExactly("OVERDUE", "OVERDUE", "OVERDUE", "DUE_SOON", "TASK_ASSIGNED");
            assertThat(unit.get("/api/v1/inbox").body()).contains("Thông báo: Quá hạn", TITLE);
            long unread = unit.get("/api/v1/notifications").json().get("unread").asLong();
            assertThat(unit.post("/api/v1/notifications/" + inApp.get(0).get("id").asLong() + "/read", null).status())
                    .isEqualTo(204);
            assertThat(unit.get("/api/v1/notifications").json().get("unread").asLong()).isEqualTo(unread - 1);
            assertThat(Api.as(port, "lanhdao").post("/api/v1/notifications/" + inApp.get(1).get("id").asLong()
                    + "/read", null).status()).as("someone else's notice").isEqualTo(404);

            // By e-mail: a real SMTP server received one message per notice and recipient, text and HTML.
            var mails = mailsAbout(TITLE, 6);
            assertThat(mails).extracting(m -> m.getAllRecipients()[0].toString() + " " + m.getSubject())
                    .containsExactlyInAnyOrder("cdsqg@example.vn [Nhiệm vụ] Được giao chủ trì: " + TITLE,
                            "cdsqg@example.vn [Nhiệm vụ] Nhiệm vụ sắp đến hạn: " + TITLE,
                            "cdsqg@example.vn [Nhiệm vụ] Nhiệm vụ quá hạn: " + TITLE,
                            "cdsqg@example.vn [Nhiệm vụ] Nhiệm vụ quá hạn: " + TITLE,
                            "cdsqg@example.vn [Nhiệm vụ] Nhiệm vụ quá hạn: " + TITLE,
                            "lanhdao@example.vn [Nhiệm vụ] Nhiệm vụ quá hạn 4 ngày làm việc: " + TITLE);
            var parts = new ArrayList<String>();
            collect(mails.get(0), parts);
            assertThat(parts).anySatisfy(p -> assertThat(p).startsWith("text/plain").contains("Kính gửi",
                    "Xem chi tiết: http://localhost:8080/tasks/" + taskId));
            assertThat(parts).anySatisfy(p -> assertThat(p).startsWith("text/html").contains("Kính gửi"));

            // To the webhook: refused once, retried after the back-off (the clock moves on), every signature valid.
            clock.setDay(LocalDate.of(2026, 3, 18));
            List<Long> ours = notices.stream().map(n -> n.get("id").asLong()).toList();
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                assertThat(receiver.accepted.stream().map(r -> JSON.readTree(r.body()).get("noticeId").asLong()))
                        .containsAll(ours);
                assertThat(receiver.accepted.stream().map(r -> JSON.readTree(r.body()).get("noticeId").asLong()))
                        .contains(JSON.readTree(receiver.rejected.get(0)).get("noticeId").asLong());
            });
            assertThat(receiver.rejected).hasSize(1);
            assertThat(receiver.accepted).allSatisfy(r -> assertThat(r.signatureValid()).isTrue());
            assertThat(receiver.accepted.stream().map(r -> JSON.readTree(r.body()).get("noticeId").asLong()))
                    .doesNotHaveDuplicates();

            urgeTheUnit(office, unit, taskId);
        }
    }

    @Test
    void chasesMilestonesMissingReportsAndUndecidedRequests() {
        var office = Api.as(port, "vanphong");
        var unit = Api.as(port, "khtc");
        clock.setDay(LocalDate.of(2026, 4, 6));
        assertThat(office.put("/api/v1/monitoring/rules", Map.of("repeatWorkingDays", 2,
                "escalateAfterWorkingDays", 4, "requestDecisionWorkingDays", 2, "weeklyDigest", true), Map.of())
                .status()).isEqualTo(200);
        var body = new java.util.LinkedHashMap<>(Bodies.task("Theo dõi kế hoạch: quy hoạch tài chính", "KHTC", "2026-06-30"));
        body.put("supervisingLeader", Map.of("id", accounts.find("lanhdao").orElseThrow().leaderId()));
        long taskId = office.post("/api/v1/tasks", body).json().get("id").asLong();
        String task = "/api/v1/tasks/" + taskId;

        assertThat(office.put(task + "/report-schedule", Map.of("frequency", "WEEKLY"), Map.of()).status()).isEqualTo(204);
        var request = unit.post(task + "/guidance-requests", Map.of("kind", "EXTENSION", "obstacle", "Chờ số liệu",
                "proposedSolution", "Gia hạn một tháng", "proposedDeadline", "2026-07-31"));
        assertThat(request.status()).as(request.toString()).isEqualTo(201);
        var plan = unit.post(task + "/plan/versions", Map.of("milestones",
                List.of(Map.of("title", "Dự thảo quy hoạch", "dueDate", "2026-04-10", "expectedProduct", "Dự thảo"))));
        assertThat(plan.status()).as(plan.toString()).isEqualTo(201);
        assertThat(unit.post(task + "/plan/versions/1/submission", null).status()).isEqualTo(200);
        var approved = Api.as(port, "lanhdao").post(task + "/plan/versions/1/approval", null);
        assertThat(approved.status()).as(approved.toString()).isEqualTo(200);

        for (LocalDate day = LocalDate.of(2026, 4, 6); !day.isAfter(LocalDate.of(2026, 4, 14)); day = day.plusDays(1)) {
            clock.setDay(day);
            office.post("/api/v1/monitoring/sweeps", null);
        }
        assertThat(items(office.get("/api/v1/notices?limit=500&taskId=" + taskId)).stream()
                .map(NoticeScenarioIntegrationTests::line)).containsExactlyInAnyOrder(
                        "2026-04-06 TASK_ASSIGNED khtc", "2026-04-06 TASK_ASSIGNED vp", "2026-04-06 REQUEST_SENT lanhdao",
                        "2026-04-06 PLAN_SUBMITTED lanhdao", "2026-04-06 PLAN_APPROVED khtc,vp",
                        "2026-04-06 MISSING_REPORT khtc", "2026-04-06 MILESTONE_DUE_SOON khtc",
                        "2026-04-09 REQUEST_UNDECIDED lanhdao", "2026-04-13 MILESTONE_OVERDUE khtc",
                        "2026-04-13 MISSING_REPORT khtc");
    }

    /** The Office urges the unit: a numbered letter as PDF, in the task's history, in-app and by e-mail with the PDF. */
    private void urgeTheUnit(Api office, Api unit, long taskId) throws Exception {
        long unitId = office.get("/api/v1/tasks/" + taskId).json().get("leadUnit").get("id").asLong();
        assertThat(unit.post("/api/v1/urging-letters", Map.of("unitId", unitId)).status()).isEqualTo(403);
        var issued = office.post("/api/v1/urging-letters", Map.of("unitId", unitId));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        JsonNode letter = issued.json().get("items").get(0);
        assertThat(letter.get("number").asString()).isEqualTo("1/VP-TH");
        assertThat(letter.get("tasks").valueStream().map(t -> t.get("taskId").asLong())).contains(taskId);

        var pdf = Api.as(port, "cdsqg").send("GET", "/api/v1/urging-letters/" + letter.get("id").asLong() + "/pdf",
                null, Map.of("Accept", "application/pdf"));
        assertThat(pdf.status()).as(pdf.toString()).isEqualTo(200);
        assertThat(pdf.header("Content-Type")).startsWith("application/pdf");
        byte[] kept = urging.pdfForDelivery(letter.get("id").asLong());
        assertThat(new String(kept, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        // Kept for a look at the layout (pdftoppm -png -r 60 target/urging-letter.pdf).
        Files.write(Path.of("target", "urging-letter.pdf"), kept);
        assertThat(items(office.get("/api/v1/urging-letters?taskId=" + taskId))).hasSize(1);
        assertThat(office.get("/api/v1/tasks/" + taskId + "/history").body()).contains("URGED");

        assertThat(items(unit.get("/api/v1/notifications?unread=true&limit=500")))
                .anySatisfy(n -> assertThat(n.get("title").asString()).isEqualTo("Phiếu đôn đốc số 1/VP-TH của Văn phòng Bộ"));
        var mails = mailsAbout("Phiếu đôn đốc số 1/VP-TH", 1);
        assertThat(mails).hasSize(1);
        var parts = new ArrayList<String>();
        collect(mails.get(0), parts);
        assertThat(parts).anySatisfy(p -> assertThat(p).startsWith("application/pdf"));
    }

    /** The messages about the text, once as many as expected have arrived (e-mail goes after the commit). */
    private static List<MimeMessage> mailsAbout(String text, int expected) {
        return await().atMost(Duration.ofSeconds(20)).until(() -> {
            var found = new ArrayList<MimeMessage>();
            for (MimeMessage m : MAIL.getReceivedMessages()) {
                if (m.getSubject().contains(text)) {
                    found.add(m);
                }
            }
            return found;
        }, found -> found.size() >= expected);
    }

    /** Content type, then text, of every leaf part. */
    private static void collect(Part part, List<String> out) throws Exception {
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, out);
            }
        } else {
            out.add(part.getContentType().toLowerCase() + " " + (part.getContent() instanceof String s ? s : ""));
        }
    }

    private static List<JsonNode> items(Api.Response response) {
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return StreamSupport.stream(response.json().get("items").spliterator(), false).toList();
    }

    private static String line(JsonNode notice) {
        return notice.get("issuedOn").asString() + " " + notice.get("rule").asString() + " " + String.join(",",
                notice.get("recipients").valueStream().map(r -> r.get("username").asString()).sorted().toList());
    }

}
