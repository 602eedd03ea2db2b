package vn.nhiemvu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.resultFile;
import static vn.nhiemvu.support.Bodies.task;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.audit.AuditEntry;
import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.support.MutableClock;

/**
 * A quarter of Vụ Thi đua - Khen thưởng (TDKT) walked day by day on a controllable clock, through HTTP: its head
 * ({@code tdkt}) names two civil servants performers, weighs a task, fails a check; a task is completed late, one stays
 * overdue, one is exempted for an objective cause with the Office's record of the decision, one is re-assigned
 * mid-quarter. The sheets are computed by hand below, recomputed as of the same date after later changes, and read
 * only by whom the rule allows; every read is audited.
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class PeopleSheetIntegrationTests {

    private static final AtomicInteger RUN = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    MutableClock clock;
    @Autowired
    Accounts accounts;
    @Autowired
    Organization organization;
    @Autowired
    AuditLog audit;

    private String an;
    private String binh;

    private void staff() {
        int run = RUN.incrementAndGet();
        long agency = organization.homeAgency().orElseThrow().id();
        long unit = organization.unitByCode(agency, "TDKT").orElseThrow().id();
        an = "tdkt.an" + run;
        binh = "tdkt.binh" + run;
        accounts.register(agency, an, "demo", "Nguyễn Văn An", Role.UNIT, unit, null, true);
        accounts.register(agency, binh, "demo", "Trần Thị Bình", Role.UNIT, unit, null, true);
        assertThat(office().put("/api/v1/units/TDKT/head", Map.of("username", "tdkt"), Map.of()).status()).isEqualTo(204);
    }

    @Test
    void aQuarterWalkedThroughGivesTheSheetsComputedByHand() {
        day("2026-07-01");
        staff();
        long t1 = newTask("Thi đua: tổng kết 6 tháng", "2026-07-31");
        long t2 = newTask("Thi đua: hồ sơ khen thưởng đợt 1", "2026-08-05");
        long t3 = newTask("Thi đua: kế hoạch phong trào", "2026-09-15");
        long t4 = newTask("Thi đua: sửa quy chế (chờ luật)", "2026-08-31");
        long t5 = newTask("Thi đua: báo cáo chuyên đề", "2026-09-30");
        for (long t : new long[] { t1, t2, t3, t4, t5 }) {
            var chosen = head().put("/api/v1/tasks/" + t + "/performers", Map.of("performers", List.of(an)), Map.of());
            assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        }
        JsonNode weighed = head().put("/api/v1/tasks/" + t1 + "/weight", Map.of("weight", 2), Map.of()).json();
        assertThat(weighed.get("weight").decimalValue()).isEqualByComparingTo("2");
        assertThat(weighed.get("defaultWeight").asBoolean()).isFalse();

        day("2026-07-20");
        complete(t1);
        day("2026-07-25");
        var failed = head().post("/api/v1/tasks/" + t1 + "/quality-checks", Map.of("performer", an,
                "checkedOn", "2026-07-25", "passed", false, "note", "Số liệu chưa khớp báo cáo của các đơn vị."));
        assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
        day("2026-08-10");
        complete(t2); // five days after its deadline: late
        day("2026-08-17");
        // Re-assigned mid-quarter: from today Bình carries it out.
        assertThat(head().put("/api/v1/tasks/" + t5 + "/performers", Map.of("performers", List.of(binh)), Map.of())
                .status()).isEqualTo(200);
        day("2026-09-02");
        var cause = office().post("/api/v1/tasks/" + t4 + "/objective-causes", Map.of("performer", an,
                "decision", "Công văn 512/BTTTT-TĐKT", "decidedOn", "2026-09-01",
                "cause", "Chờ Luật Thi đua, khen thưởng sửa đổi có hiệu lực."));
        assertThat(cause.status()).as(cause.toString()).isEqualTo(201);
        day("2026-09-10");
        complete(t5);
        day("2026-10-05");
        assertThat(head().put("/api/v1/people/" + an + "/general-points",
                Map.of("period", "2026-Q3", "points", 25, "note", "Tiêu chí chung"), Map.of()).status()).isEqualTo(204);
        day("2026-10-15");

        JsonNode sheet = sheet(Api.as(port, an), an, "2026-Q3", "2026-10-15");
        // Items: t1 (w 2, on time, one failed check) 2 / 1.5 / 2; t2 (w 1, late) 1 / 1 / 0.75; t3 (w 1, overdue) 0 / 0 / 0.
        assertThat(sheet.get("items").valueStream().map(i -> i.get("taskId").asLong())).containsExactly(t1, t2, t3);
        assertThat(sheet.get("leftOut").valueStream().map(i -> i.get("taskId").asLong() + " " + i.get("reason").asString()))
                .containsExactly(t4 + " OBJECTIVE_CAUSE", t5 + " REASSIGNED");
        assertThat(sheet.get("leftOut").get(0).get("cause").get("decision").asString()).isEqualTo("Công văn 512/BTTTT-TĐKT");
        assertThat(sheet.get("assigned").decimalValue()).isEqualByComparingTo("4");
        assertThat(sheet.get("completed").decimalValue()).isEqualByComparingTo("3");
        assertThat(sheet.get("quality").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(sheet.get("timeliness").decimalValue()).isEqualByComparingTo("2.75");
        // 70 × (3 + 2.5 + 2.75) / (3 × 4) = 48.125 → 48.13; + 25 = 73.13: "hoàn thành tốt"
        assertThat(sheet.get("taskPoints").decimalValue()).isEqualByComparingTo("48.13");
        assertThat(sheet.get("total").decimalValue()).isEqualByComparingTo("73.13");
        assertThat(sheet.get("grade").asString()).isEqualTo("GOOD");
        assertThat(sheet.get("gradeLabel").asString()).isEqualTo("Hoàn thành tốt nhiệm vụ");
        assertThat(sheet.get("formula").asString()).contains("chưa xác minh được");

        // Bình took t5 over and completed it on time: 1 / 1 / 1 → 70; no general points yet: no total.
        JsonNode other = sheet(head(), binh, "2026-Q3", "2026-10-15");
        assertThat(other.get("items").valueStream().map(i -> i.get("taskId").asLong())).containsExactly(t5);
        assertThat(other.get("taskPoints").decimalValue()).isEqualByComparingTo("70");
        assertThat(other.get("total").isNull()).isTrue();

        // Later changes: t1 weighed 5, a failed check of t2. As of 15/10 the sheet is the same; as of today it moves:
        // Σw 7, quantity 6, quality 5 × 0.75 + 0.75 = 4.5, timeliness 5 + 0.75 = 5.75 → 70 × 16.25 / 21 = 54.17.
        day("2026-10-20");
        head().put("/api/v1/tasks/" + t1 + "/weight", Map.of("weight", 5), Map.of());
        head().post("/api/v1/tasks/" + t2 + "/quality-checks", Map.of("performer", an, "checkedOn", "2026-10-20",
                "passed", false, "note", "Thiếu hồ sơ của hai đơn vị."));
        JsonNode again = sheet(office(), an, "2026-Q3", "2026-10-15");
        assertThat(again.get("taskPoints").decimalValue()).isEqualByComparingTo("48.13");
        assertThat(again.get("items").toString()).isEqualTo(sheet.get("items").toString());
        JsonNode now = sheet(office(), an, "2026-Q3", "2026-10-20");
        assertThat(now.get("taskPoints").decimalValue()).isEqualByComparingTo("54.17");
        assertThat(now.get("total").decimalValue()).isEqualByComparingTo("79.17");

        // As of a day inside the quarter only what was due by then counts: 31/07 → t1 completed (w 2, no check yet).
        JsonNode july = sheet(office(), an, "2026-Q3", "2026-07-21");
        assertThat(july.get("items").valueStream().map(i -> i.get("taskId").asLong())).containsExactly(t1);
        assertThat(july.get("taskPoints").decimalValue()).isEqualByComparingTo("70");

        // The month of August: t2 late (w 1): 1 / 1 / 0.75 → 70 × 2.75 / 3 = 64.17 (t4 left out).
        JsonNode august = sheet(Api.as(port, an), an, "2026-08", "2026-10-15");
        assertThat(august.get("items").valueStream().map(i -> i.get("taskId").asLong())).containsExactly(t2);
        assertThat(august.get("taskPoints").decimalValue()).isEqualByComparingTo("64.17");

        long anId = accounts.find(an).map(CurrentUser::id).orElseThrow();
        List<AuditEntry> history = audit.history("PERSON_SHEET", anId);
        assertThat(history).extracting(AuditEntry::action).contains("GENERAL_POINTS_ENTERED", "READ");
        assertThat(history.stream().filter(e -> e.action().equals("READ")).count()).isEqualTo(5);
        // (the exports below read it twice more, the page once)
        assertThat(audit.history("TASK_PERFORMERS", t5)).hasSize(2);
        assertThat(audit.history("TASK_WORK_ITEM", t1)).extracting(AuditEntry::action)
                .contains("WEIGHT_SET", "QUALITY_CHECKED");

        // One person's items come a page at a time (100 unless asked); the sums and points are the whole sheet's.
        assertThat(sheet.get("itemPage").toString()).isEqualTo("{\"page\":0,\"size\":100,\"count\":3}");
        JsonNode second = Api.as(port, an).get("/api/v1/people/" + an + "/sheets?period=2026-Q3&asOf=2026-10-15"
                + "&page=1&size=2").json();
        assertThat(second.get("items").valueStream().map(i -> i.get("taskId").asLong())).containsExactly(t3);
        assertThat(second.get("itemPage").get("count").asInt()).isEqualTo(3);
        assertThat(second.get("taskPoints").decimalValue()).isEqualByComparingTo("48.13");

        // The period's sheets for the scoring software: JSON valid against its published schema, and .xlsx.
        var export = head().get("/api/v1/people/sheets?period=2026-Q3&asOf=2026-10-15");
        assertThat(export.status()).as(export.toString()).isEqualTo(200);
        JsonNode period = export.json();
        assertThat(period.get("schemaVersion").asString()).isEqualTo("1.0");
        JsonNode anSheet = period.get("sheets").valueStream()
                .filter(x -> x.get("person").get("username").asString().equals(an)).findFirst().orElseThrow();
        assertThat(anSheet.get("total").decimalValue()).isEqualByComparingTo("73.13");
        assertThat(period.get("cap").get("exceeded").asBoolean()).isFalse();
        assertThat(Api.anonymous(port).get("/schemas/people-sheets-1.0.schema.json").body()).contains("Nghị định 335");
        byte[] xlsx = head().getBytes("/api/v1/people/sheets.xlsx?period=2026-Q3&asOf=2026-10-15");
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx))) {
            var rows = new java.util.ArrayList<String>();
            book.getSheetAt(0).forEach(row -> {
                var cells = new java.util.ArrayList<String>();
                row.forEach(c -> cells.add(c.getStringCellValue()));
                rows.add(String.join("|", cells));
            });
            assertThat(rows).anyMatch(r -> r.startsWith("Nguyễn Văn An|" + an + "|Vụ Thi đua")
                    && r.endsWith("|0.75|0.625|0.6875|48.13|25|73.13|Hoàn thành tốt nhiệm vụ"));
            assertThat(rows).anyMatch(r -> r.contains("trong giới hạn"));
            assertThat(book.getSheetAt(1).getPhysicalNumberOfRows()).isGreaterThan(5);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        assertThat(FormSession.signIn(port, "tdkt").get("/people?period=2026-Q3").body())
                .contains("trong giới hạn", "people-sheets");

        // The page shows the same sheet, its formula and its left-out tasks.
        String page = FormSession.signIn(port, an).get("/people/" + an + "?period=2026-Q3&asOf=15/10/2026").body();
        assertThat(page).contains("48.13", "73.13", "Hoàn thành tốt nhiệm vụ", "chưa xác minh được",
                "Công văn 512/BTTTT-TĐKT", "Thi đua: tổng kết 6 tháng", "đã giao cho người khác");
    }

    @Test
    void onlyThePersonTheirHeadTheOfficeAndTheAdministratorReadASheet() {
        day("2026-07-01");
        staff();
        String path = "/api/v1/people/" + an + "/sheets?period=2026-Q3";
        assertThat(Api.as(port, an).get(path).status()).isEqualTo(200);
        assertThat(head().get(path).status()).isEqualTo(200);
        assertThat(office().get(path).status()).isEqualTo(200);
        assertThat(Api.as(port, "admin").get(path).status()).isEqualTo(200);
        // A colleague of the same unit sees the person but not their sheet; Legal neither.
        var colleague = Api.as(port, binh).get(path);
        assertThat(colleague.status()).isEqualTo(403);
        assertThat(colleague.json().get("detail").asString()).contains("không được xem phiếu đánh giá");
        assertThat(Api.as(port, "phapche").get(path).status()).isEqualTo(403);
        // Another unit does not see the person at all.
        assertThat(Api.as(port, "cdsqg").get(path).status()).isEqualTo(404);
        assertThat(Api.as(port, "cdsqg").get("/api/v1/people/khong-co-ai/sheets").status()).isEqualTo(404);
        // Lists: the person sees themselves; the head the unit; the page the same.
        assertThat(Api.as(port, an).get("/api/v1/people").json().valueStream().map(p -> p.get("username").asString()))
                .containsExactly(an);
        assertThat(head().get("/api/v1/people").json().valueStream().map(p -> p.get("username").asString()))
                .contains(an, binh, "tdkt");
        assertThat(FormSession.signIn(port, binh).get("/people").body()).contains(binh).doesNotContain(an + "<");
        // Bad input is a 400 in Vietnamese.
        var bad = office().get("/api/v1/people/" + an + "/sheets?period=2026-13");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("Kỳ đánh giá");
        var badPage = office().get("/api/v1/people/" + an + "/sheets?period=2026-Q3&page=-1&size=1001");
        assertThat(badPage.status()).isEqualTo(400);
        assertThat(badPage.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("page", "size");
        assertThat(badPage.body()).contains("từ 1 đến 1000");
    }

    @Test
    void onlyTheLeadUnitsHeadChoosesPerformersFromItsStaff() {
        day("2026-07-01");
        staff();
        long t = newTask("Thi đua: việc để chọn người", "2026-09-30");
        String path = "/api/v1/tasks/" + t + "/performers";
        assertThat(Api.as(port, an).put(path, Map.of("performers", List.of(an)), Map.of()).status()).isEqualTo(403);
        assertThat(office().put(path, Map.of("performers", List.of(an)), Map.of()).status()).isEqualTo(403);
        assertThat(Api.as(port, "cdsqg").put(path, Map.of("performers", List.of(an)), Map.of()).status())
                .as("a unit that does not see the task").isEqualTo(404);
        var stranger = head().put(path, Map.of("performers", List.of("cdsqg")), Map.of());
        assertThat(stranger.status()).isEqualTo(400);
        assertThat(stranger.body()).contains("không phải là công chức của đơn vị chủ trì");
        JsonNode both = head().put(path, Map.of("performers", List.of(an, binh)), Map.of()).json();
        assertThat(both.get("performers").valueStream().map(p -> p.get("username").asString())).containsExactly(an, binh);
        assertThat(both.get("weight").decimalValue()).as("an ordinary task's default").isEqualByComparingTo("1");
        assertThat(both.get("allowed").valueStream().map(JsonNode::asString))
                .contains("CHOOSE_PERFORMERS", "SET_WEIGHT", "ASSESS_QUALITY");
        assertThat(head().put("/api/v1/tasks/" + t + "/weight", Map.of("weight", 0), Map.of()).status()).isEqualTo(400);
        assertThat(head().post("/api/v1/tasks/" + t + "/quality-checks", Map.of("performer", an,
                "checkedOn", "2026-07-01", "passed", false)).status()).as("a failed check says why").isEqualTo(400);
        assertThat(head().post("/api/v1/tasks/" + t + "/objective-causes", Map.of("performer", an,
                "decision", "1/QĐ", "decidedOn", "2026-07-01", "cause", "x")).status())
                .as("the head is not the competent level").isEqualTo(403);
        assertThat(Api.as(port, an).get("/api/v1/tasks/" + t + "/work-item").json().get("allowed").isEmpty()).isTrue();
    }

    private long newTask(String title, String deadline) {
        var created = office().post("/api/v1/tasks", task(title, "TDKT", deadline));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void complete(long task) {
        resultFile(head(), task);
        var done = head().post("/api/v1/tasks/" + task + "/completion", Map.of("completedAt", clock.today().toString()));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
    }

    private JsonNode sheet(Api who, String username, String period, String asOf) {
        var answer = who.get("/api/v1/people/" + username + "/sheets?period=" + period + "&asOf=" + asOf);
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json();
    }

    private void day(String iso) {
        clock.setDay(LocalDate.parse(iso));
    }

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private Api head() {
        return Api.as(port, "tdkt");
    }
}
