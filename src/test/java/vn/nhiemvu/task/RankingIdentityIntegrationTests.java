package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.organization.Unit;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Every ranking row adds up — due = completed on time + completed late + overdue — for every row, subject, role and
 * period, on the demo data and on generated data; and each column is exactly what the task list counts with the
 * row's filters (the page links "Đến hạn" to that list).
 */
@IntegrationTest
class RankingIdentityIntegrationTests {

    private static final String OVERRIDE = "Kiểm thử: Văn phòng Bộ ghi nhận hoàn thành.";

    private static final Set<TaskStatus> DUE = Set.of(TaskStatus.COMPLETED_ON_TIME, TaskStatus.COMPLETED_LATE,
            TaskStatus.OVERDUE);

    @LocalServerPort
    int port;
    @Autowired
    TaskManagement tasks;
    @Autowired
    Accounts accounts;
    @Autowired
    Organization organization;
    @Autowired
    Directives directives;
    @Autowired
    Clock clock;

    /** Periods and as-of dates: the demo's second half of 2020, one cut in the middle of a period, the current year. */
    private List<String[]> periods() {
        LocalDate today = LocalDate.now(clock);
        return List.of(new String[] { "2020-07-01", "2020-12-31", "2021-01-15" },
                new String[] { "2020-01-01", "2020-12-31", "2020-10-01" },
                new String[] { "2021-06-01", "2021-06-30", "2021-06-16" },
                new String[] { today.withDayOfYear(1).toString(), today.withMonth(12).withDayOfMonth(31).toString(),
                        today.toString() });
    }

    @Test
    void everyRowAddsUpOnTheDemoData() {
        checkEveryRow();
    }

    /** The trap of issue 14: a task due on the day (or on a Sunday, met by Monday) and not done read "Đến hạn 1". */
    @Test
    void aTaskDueOnTheDayAndNotDoneIsNotYetDue() {
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        // A Wednesday as of itself; Sunday 13/06/2021 as of Monday, whose end it is met by.
        String today = "/api/v1/rankings/units?from=2021-06-16&to=2021-06-16&asOf=2021-06-16";
        String sunday = "/api/v1/rankings/units?from=2021-06-13&to=2021-06-14&asOf=2021-06-14";
        String after = "/api/v1/rankings/units?from=2021-06-13&to=2021-06-16&asOf=2021-06-17";
        var api = Api.as(port, "vanphong");
        JsonNode todayBefore = row(api.get(today).json(), "TTRA");
        JsonNode sundayBefore = row(api.get(sunday).json(), "TTRA");
        JsonNode afterBefore = row(api.get(after).json(), "TTRA");
        tasks.create(office, draft("Xếp hạng: hạn đúng ngày tính", "TTRA", null, LocalDate.of(2021, 6, 16)));
        tasks.create(office, draft("Xếp hạng: hạn vào Chủ nhật", "TTRA", null, LocalDate.of(2021, 6, 13)));
        assertThat(row(api.get(today).json(), "TTRA")).isEqualTo(todayBefore);
        assertThat(row(api.get(sunday).json(), "TTRA")).isEqualTo(sundayBefore);
        JsonNode afterwards = row(api.get(after).json(), "TTRA");
        assertThat(afterwards.get("due").asLong() - afterBefore.get("due").asLong()).isEqualTo(2);
        assertThat(afterwards.get("overdue").asLong() - afterBefore.get("overdue").asLong()).isEqualTo(2);
        checkEveryRow();
    }

    @Test
    void everyRowAddsUpOnGeneratedData() {
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        List<Unit> units = organization.units(office.agencyId());
        List<Leader> leaders = organization.leaders(office.agencyId());
        var random = new Random(1414);
        LocalDate start = LocalDate.of(2021, 1, 1);
        for (int i = 0; i < 300; i++) {
            LocalDate deadline = random.nextInt(12) == 0 ? null : start.plusDays(random.nextInt(200));
            Long leader = random.nextInt(4) == 0 ? null : leaders.get(random.nextInt(leaders.size())).id();
            long id = tasks.create(office, draft("Xếp hạng, sinh ngẫu nhiên " + i,
                    units.get(random.nextInt(units.size())).code(), leader, deadline)).id();
            if (deadline != null && random.nextInt(5) == 0) {
                LocalDate asked = deadline.minusDays(1 + random.nextInt(20));
                tasks.recordDeadlineChange(office, id, new DeadlineChangeDraft(asked, deadline.plusDays(random.nextInt(40)), null,
                        random.nextBoolean() ? DeadlineChange.Decision.APPROVED : DeadlineChange.Decision.REJECTED,
                        asked.plusDays(random.nextInt(5)), "Bộ trưởng", null, null));
            }
            if (random.nextInt(3) > 0) {
                LocalDate base = deadline == null ? start.plusDays(100) : deadline;
                tasks.complete(office, id, base.plusDays(random.nextInt(30) - 15), OVERRIDE);
            }
        }
        checkEveryRow();
    }

    /** Every row of every ranking adds up and agrees with the task list, for three roles. */
    private void checkEveryRow() {
        for (String username : List.of("vanphong", "cdsqg", "lanhdao")) {
            CurrentUser user = accounts.find(username).orElseThrow();
            for (String subject : List.of("units", "leaders")) {
                for (String[] p : periods()) {
                    JsonNode ranking = Api.as(port, username).get("/api/v1/rankings/" + subject + "?from=" + p[0]
                            + "&to=" + p[1] + "&asOf=" + p[2]).json();
                    for (JsonNode row : ranking.get("items")) {
                        String what = username + " " + subject + " " + String.join("/", p) + " " + row;
                        long due = row.get("due").asLong();
                        assertThat(due).as(what).isEqualTo(row.get("onTime").asLong() + row.get("late").asLong()
                                + row.get("overdue").asLong());
                        assertThat(row.get("rank").asInt() > 0).as(what).isEqualTo(due > 0);
                        TaskFilter filter = listed(user, subject, row.get("key").asString(), p);
                        assertThat(count(user, filter, DUE)).as(what).isEqualTo(due);
                        assertThat(count(user, filter, Set.of(TaskStatus.COMPLETED_ON_TIME))).as(what)
                                .isEqualTo(row.get("onTime").asLong());
                        assertThat(count(user, filter, Set.of(TaskStatus.OVERDUE))).as(what)
                                .isEqualTo(row.get("overdue").asLong());
                    }
                }
            }
        }
        String page = FormSession.signIn(port, "vanphong").get("/rankings?from=2020-07-01&to=2020-12-31&asOf=2021-01-15")
                .body();
        assertThat(page).contains("Đến hạn = Hoàn thành đúng hạn + Hoàn thành quá hạn + Quá hạn chưa hoàn thành")
                .contains("/tasks?leadUnit=").contains("status=COMPLETED_ON_TIME,COMPLETED_LATE,OVERDUE")
                .contains("id=\"ranking-chart\"").doesNotContain("id=\"ranking-empty\"");
        // A period in which nothing fell due (a new user's first look at this year) says so instead of an empty chart.
        String empty = FormSession.signIn(port, "vanphong").get("/rankings?from=2019-01-01&to=2019-12-31&asOf=2019-12-31")
                .body();
        assertThat(empty).contains("id=\"ranking-empty\"", "Từ 01/01/2019 đến 31/12/2019, tính đến ngày 31/12/2019, chưa có")
                .doesNotContain("id=\"ranking-chart\"", "drawChart(");
    }

    /** The task list's filters for a row: its unit or leader, deadline in force in the period up to the as-of date. */
    private TaskFilter listed(CurrentUser user, String subject, String key, String[] period) {
        LocalDate from = LocalDate.parse(period[0]);
        LocalDate to = LocalDate.parse(period[1]);
        LocalDate asOf = LocalDate.parse(period[2]);
        Long leader = subject.equals("leaders")
                ? organization.leaderBySlug(user.agencyId(), key).orElseThrow().id() : null;
        return new TaskFilter(Set.of(), subject.equals("units") ? key : null, null, leader, null, null, from,
                to.isAfter(asOf) ? asOf : to, false, null, asOf, null);
    }

    private long count(CurrentUser user, TaskFilter f, Set<TaskStatus> statuses) {
        return tasks.search(user, new TaskFilter(statuses, f.leadUnitCode(), null, f.leaderId(), null, null,
                f.deadlineFrom(), f.deadlineTo(), false, null, f.asOf(), null), TaskSort.DEFAULT, 1, 1).total();
    }

    private static JsonNode row(JsonNode ranking, String key) {
        for (JsonNode row : ranking.get("items")) {
            if (row.get("key").asString().equals(key)) {
                return row;
            }
        }
        throw new AssertionError("no row " + key + " in " + ranking);
    }

    /** Under Chỉ thị 75 (03/11/2020), so that 2021 completions come after the assignment. */
    private TaskDraft draft(String title, String lead, Long leader, LocalDate deadline) {
        long chiThi75 = directives.findByNumber(accounts.find("vanphong").orElseThrow().agencyId(), "75/CT-BTTTT")
                .orElseThrow().id();
        return new TaskDraft(TaskKind.OTHER, title, null, TaskDraft.Ref.ofCode(lead), List.of(), leader, chiThi75, null,
                deadline, null, null);
    }
}
