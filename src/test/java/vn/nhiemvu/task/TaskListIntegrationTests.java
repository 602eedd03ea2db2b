package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Leader;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The task list: every page together is exactly what matches (each task once, counted right), in the order asked,
 * for every filter and role, checked against the user's whole unfiltered list filtered here; the page shows its
 * filters and keeps them in its address; the exports select the same tasks.
 */
@IntegrationTest
class TaskListIntegrationTests {

    private static final String OVERRIDE = "Kiểm thử: Văn phòng Bộ ghi nhận hoàn thành.";

    private static final LocalDate AS_OF = LocalDate.of(2021, 4, 1);
    private static final LocalDate MARCH_1 = LocalDate.of(2021, 3, 1);
    private static final LocalDate MARCH_31 = LocalDate.of(2021, 3, 31);
    /** The most urgent first, as the list's status order promises. */
    private static final List<TaskStatus> URGENCY = List.of(TaskStatus.OVERDUE, TaskStatus.DUE_SOON,
            TaskStatus.IN_PROGRESS, TaskStatus.NO_DEADLINE, TaskStatus.COMPLETED_LATE, TaskStatus.COMPLETED_ON_TIME);
    private static final Pattern COUNT = Pattern.compile("id=\"task-count\">(\\d+)–(\\d+) trong (\\d+) nhiệm vụ");

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

    private CurrentUser office;
    private Leader leader;
    /** Due 10/02/2021, extended to 20/03/2021: in March by its deadline in force only. */
    private static long extended;
    /** Due 15/03/2021 as assigned. */
    private static long march;

    @BeforeEach
    void tasksWithExtensionsAndCoordination() {
        office = accounts.find("vanphong").orElseThrow();
        leader = organization.leaders(office.agencyId()).get(0);
        if (extended != 0) {
            return;
        }
        extended = tasks.create(office, draft("Danh sách: gia hạn vào tháng 3", "CDSQG", List.of("PC"), leader.id(),
                LocalDate.of(2021, 2, 10))).id();
        // Asked before Chỉ thị 75's cut-off (10/11/2020), so it counts under either policy.
        tasks.recordDeadlineChange(office, extended, new DeadlineChangeDraft(LocalDate.of(2020, 11, 5),
                LocalDate.of(2021, 3, 20), null, DeadlineChange.Decision.APPROVED, LocalDate.of(2020, 11, 6), "Bộ trưởng",
                null, null));
        march = tasks.create(office, draft("Danh sách: hạn giữa tháng 3", "KHTC", List.of("CDSQG"), null,
                LocalDate.of(2021, 3, 15))).id();
        long late = tasks.create(office, draft("Danh sách: hạn đầu tháng 3, xong muộn", "PC", List.of(), leader.id(),
                LocalDate.of(2021, 3, 2))).id();
        tasks.complete(office, late, LocalDate.of(2021, 3, 9), OVERRIDE);
        tasks.create(office, draft("Danh sách: không có thời hạn", "CDSQG", List.of("KHTC"), null, null));
    }

    /** Under Chỉ thị 75 (03/11/2020), so that 2021 dates come after the assignment. */
    private TaskDraft draft(String title, String lead, List<String> coordinating, Long leaderId, LocalDate deadline) {
        long chiThi75 = directives.findByNumber(office.agencyId(), "75/CT-BTTTT").orElseThrow().id();
        return new TaskDraft(TaskKind.OTHER, title, null, TaskDraft.Ref.ofCode(lead),
                coordinating.stream().map(TaskDraft.Ref::ofCode).toList(), leaderId, chiThi75, null, deadline, null, null);
    }

    @Test
    void everyFilterCountsAndPagesExactlyWhatMatches() {
        List<TaskView> all = everything(office);
        long directive = directives.list(office, null).get(0).id();
        Map<TaskFilter, Predicate<TaskView>> cases = new LinkedHashMap<>();
        cases.put(filter(Set.of(), null, null, null, null, null, null, false), t -> true);
        cases.put(filter(Set.of(TaskStatus.OVERDUE), null, null, null, null, null, null, false),
                t -> t.status() == TaskStatus.OVERDUE);
        cases.put(filter(Set.of(TaskStatus.COMPLETED_ON_TIME, TaskStatus.COMPLETED_LATE), null, null, null, null, null,
                null, false), t -> t.status().isCompleted());
        cases.put(filter(Set.of(), "CDSQG", null, null, null, null, null, false), t -> lead(t, "CDSQG"));
        cases.put(filter(Set.of(), null, "CDSQG", null, null, null, null, false), t -> coordinating(t, "CDSQG"));
        cases.put(filter(Set.of(), null, null, leader.id(), null, null, null, false),
                t -> t.supervisingLeader() != null && t.supervisingLeader().id() == leader.id());
        cases.put(filter(Set.of(), null, null, null, directive, null, null, false),
                t -> t.directive() != null && t.directive().id() == directive);
        cases.put(filter(Set.of(), null, null, null, null, MARCH_1, MARCH_31, false), TaskListIntegrationTests::inMarch);
        cases.put(filter(Set.of(), null, null, null, null, MARCH_1, null, false),
                t -> t.applicableDeadline() != null && !t.applicableDeadline().isBefore(MARCH_1));
        cases.put(filter(Set.of(TaskStatus.OVERDUE, TaskStatus.COMPLETED_LATE), "PC", null, leader.id(), null, MARCH_1,
                MARCH_31, false), t -> (t.status() == TaskStatus.OVERDUE || t.status() == TaskStatus.COMPLETED_LATE)
                        && lead(t, "PC") && t.supervisingLeader() != null && t.supervisingLeader().id() == leader.id()
                        && inMarch(t));
        cases.put(filter(Set.of(), null, null, null, null, null, null, true), t -> lead(t, "VP"));
        cases.forEach((filter, matches) -> assertPagesAre(office, filter, all.stream().filter(matches).toList()));

        assertThat(all.stream().filter(TaskListIntegrationTests::inMarch).map(TaskView::id))
                .as("the extension moved one into March").contains(extended, march);
    }

    @Test
    void aUnitsAndALeadersOwnWork() {
        CurrentUser unit = accounts.find("cdsqg").orElseThrow();
        List<TaskView> unitScope = everything(unit);
        assertThat(unitScope).anyMatch(t -> coordinating(t, "CDSQG") && !lead(t, "CDSQG"));
        assertPagesAre(unit, filter(Set.of(), null, null, null, null, null, null, true),
                unitScope.stream().filter(t -> lead(t, "CDSQG")).toList());
        assertPagesAre(unit, filter(Set.of(), null, null, null, null, null, null, false), unitScope);

        CurrentUser lanhdao = accounts.find("lanhdao").orElseThrow();
        List<TaskView> leaderScope = everything(lanhdao);
        assertPagesAre(lanhdao, filter(Set.of(), null, null, null, null, null, null, true), leaderScope.stream()
                .filter(t -> t.supervisingLeader() != null && t.supervisingLeader().id() == lanhdao.leaderId()).toList());
    }

    @Test
    void eachOrderHoldsAcrossPagesBothWays() {
        List<TaskView> all = everything(office);
        Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi-VN"));
        Comparator<TaskView> deadline = Comparator.comparing(TaskView::applicableDeadline,
                Comparator.nullsLast(Comparator.naturalOrder()));
        Comparator<TaskView> byId = Comparator.comparingLong(TaskView::id);
        Map<String, Comparator<TaskView>> orders = new LinkedHashMap<>();
        orders.put("deadline", deadline.thenComparing(byId));
        orders.put("deadline,desc", Comparator.comparing(TaskView::applicableDeadline,
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder())).thenComparing(deadline).thenComparing(byId));
        orders.put("status", Comparator.<TaskView>comparingInt(t -> URGENCY.indexOf(t.status())).thenComparing(deadline)
                .thenComparing(byId));
        orders.put("status,desc", Comparator.<TaskView>comparingInt(t -> -URGENCY.indexOf(t.status()))
                .thenComparing(deadline).thenComparing(byId));
        orders.put("unit", Comparator.comparing((TaskView t) -> t.leadUnit().name(), vietnamese).thenComparing(deadline)
                .thenComparing(byId));
        orders.put("unit,desc", Comparator.comparing((TaskView t) -> t.leadUnit().name(), vietnamese.reversed())
                .thenComparing(deadline).thenComparing(byId));
        orders.forEach((sort, order) -> assertThat(pages(office, TaskFilter.asOf(AS_OF), TaskSort.parse(sort)))
                .as(sort).extracting(TaskView::id)
                .containsExactlyElementsOf(all.stream().sorted(order).map(TaskView::id).toList()));

        TaskView touched = tasks.get(office, march, null, null);
        tasks.update(office, march, touched.version(), new TaskDraft(TaskKind.OTHER, touched.title(),
                "Sửa để thành việc mới cập nhật nhất", TaskDraft.Ref.ofCode("KHTC"), List.of(TaskDraft.Ref.ofCode("CDSQG")),
                null, null, null, touched.deadline(), null, null));
        assertThat(pages(office, TaskFilter.asOf(AS_OF), TaskSort.parse("updated")).get(0).id()).isEqualTo(march);
        List<TaskView> oldestFirst = pages(office, TaskFilter.asOf(AS_OF), TaskSort.parse("updated,desc"));
        assertThat(oldestFirst.get(oldestFirst.size() - 1).id()).isEqualTo(march);
    }

    @Test
    void aPagePastTheEndShowsTheLastAndBadRequestsAreRefused() {
        long total = everything(office).size();
        TaskResults last = tasks.search(office, TaskFilter.asOf(AS_OF), TaskSort.DEFAULT, 999, 10);
        assertThat(last.page()).isEqualTo(last.pages()).isEqualTo((int) ((total + 9) / 10));
        assertThat(last.last()).isEqualTo(total);
        var api = Api.as(port, "vanphong");
        assertThat(api.get("/api/v1/tasks?deadlineFrom=31/02/2021").json().get("errors").get(0).get("field").asString())
                .isEqualTo("deadlineFrom");
        assertThat(api.get("/api/v1/tasks?leadUnit=NOPE").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/tasks?deadlineFrom=01/04/2021&deadlineTo=01/03/2021").status()).isEqualTo(400);
        assertThat(Api.as(port, "admin").get("/api/v1/tasks?mine=true").json().get("errors").get(0).get("field")
                .asString()).isEqualTo("mine");
        assertThat(api.get("/api/v1/tasks/export.csv?asOf=2021-13-01").status()).isEqualTo(400);
    }

    @Test
    void thePageShowsItsFiltersAsChipsAndKeepsThemInItsAddress() {
        var session = FormSession.signIn(port, "vanphong");
        String query = "leader=" + leader.id() + "&status=OVERDUE,COMPLETED_LATE&asOf=01/04/2021";
        String html = session.get("/tasks?" + query).body();
        TaskResults results = tasks.search(office, filter(Set.of(TaskStatus.OVERDUE, TaskStatus.COMPLETED_LATE), null,
                null, leader.id(), null, null, null, false), TaskSort.DEFAULT, 1, 25);
        assertThat(html).contains("Lãnh đạo Bộ phụ trách:</span> <span>" + leader.title() + " " + leader.fullName())
                .contains("Trạng thái:</span> <span>Quá hạn").contains("Trạng thái:</span> <span>Hoàn thành quá hạn")
                .contains("Tính đến ngày:</span> <span>01/04/2021")
                // each chip's link is the same address without it; the statuses one by one
                .contains("href=\"/tasks?status=OVERDUE,COMPLETED_LATE&amp;asOf=01/04/2021\" title=\"Bỏ lọc Lãnh đạo Bộ phụ trách\"")
                .contains("href=\"/tasks?status=COMPLETED_LATE&amp;leader=" + leader.id() + "&amp;asOf=01/04/2021\" title=\"Bỏ lọc Trạng thái\"")
                .contains("id=\"clear-filters\"")
                .contains("/tasks/export.xlsx?status=OVERDUE,COMPLETED_LATE&amp;leader=" + leader.id() + "&amp;asOf=01/04/2021");
        assertThat(count(html)).containsExactly(results.total() == 0 ? 0L : 1L, Math.min(25L, results.total()),
                results.total());
        for (TaskView t : results.items()) {
            assertThat(html).contains("href=\"/tasks/" + t.id() + "?asOf=2021-04-01\"");
        }

        String first = session.get("/tasks?sort=deadline").body();
        long total = everything(office).size();
        assertThat(count(first)).containsExactly(1L, 25L, total);
        assertThat(first).contains("href=\"/tasks?sort=deadline&amp;page=2\"").contains("aria-sort=\"ascending\"")
                .contains("href=\"/tasks?sort=deadline,desc\"");
        String second = session.get("/tasks?sort=deadline&page=2").body();
        assertThat(count(second)).containsExactly(26L, Math.min(50L, total), total);

        // The filter form asks for the results alone.
        String fragment = session.htmx("/tasks?" + query).body();
        assertThat(fragment).contains("id=\"results\"").doesNotContain("id=\"task-filters\"");
    }

    @Test
    void aBadFilterIsShownBesideItsFieldWithWhatWasTyped() {
        String html = FormSession.signIn(port, "vanphong").get("/tasks?deadlineFrom=31/02/2021&q=b%C3%A1o+c%C3%A1o").body();
        assertThat(html).contains("value=\"31/02/2021\"").contains("aria-invalid=\"true\"")
                .contains("Thời hạn từ ngày &quot;31/02/2021&quot; không hợp lệ").contains("value=\"báo cáo\"")
                .contains("id=\"filter-error\"").doesNotContain("id=\"task-table\"");
    }

    @Test
    void theExportsSelectWhatTheListSelects() throws IOException {
        // The pages take dates day first, the API ISO only (ADR 0023).
        String query = "coordinatingUnit=CDSQG&deadlineFrom=01/03/2021&deadlineTo=31/03/2021&asOf=01/04/2021";
        String apiQuery = "coordinatingUnit=CDSQG&deadlineFrom=2021-03-01&deadlineTo=2021-03-31&asOf=2021-04-01";
        Set<Long> listed = ids(pages(office, filter(Set.of(), null, "CDSQG", null, null, MARCH_1, MARCH_31, false),
                TaskSort.DEFAULT));
        assertThat(listed).contains(march);

        String csv = Api.as(port, "vanphong").get("/api/v1/tasks/export.csv?" + apiQuery).body().substring(1);
        var fromCsv = new HashSet<Long>();
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(csv))
                .forEach(r -> fromCsv.add(Long.parseLong(r.get("id"))));
        assertThat(fromCsv).isEqualTo(listed);

        byte[] xlsx = FormSession.signIn(port, "vanphong").getBytes("/tasks/export.xlsx?" + query).body();
        var fromSheet = new HashSet<Long>();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (Row row : workbook.getSheetAt(0)) {
                if (row.getRowNum() > 0 && row.getCell(0) != null) {
                    fromSheet.add((long) row.getCell(0).getNumericCellValue());
                }
            }
        }
        assertThat(fromSheet).isEqualTo(listed);

        assertThat(Api.as(port, "vanphong").all("/api/v1/tasks?" + apiQuery)).extracting(t -> t.get("id").asLong())
                .containsExactlyInAnyOrderElementsOf(listed);
    }

    private void assertPagesAre(CurrentUser user, TaskFilter filter, List<TaskView> expected) {
        TaskResults first = tasks.search(user, filter, TaskSort.DEFAULT, 1, 7);
        assertThat(first.total()).as("count of %s", filter).isEqualTo(expected.size());
        List<TaskView> paged = pages(user, filter, TaskSort.DEFAULT);
        assertThat(paged).as("pages of %s", filter).extracting(TaskView::id)
                .doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected.stream().map(TaskView::id).toList());
    }

    /** Every page, seven tasks at a time. */
    private List<TaskView> pages(CurrentUser user, TaskFilter filter, TaskSort sort) {
        var items = new ArrayList<TaskView>();
        TaskResults page;
        int number = 1;
        do {
            page = tasks.search(user, filter, sort, number++, 7);
            items.addAll(page.items());
        } while (page.page() < page.pages());
        return items;
    }

    /** The user's whole list, unfiltered, as of the day. */
    private List<TaskView> everything(CurrentUser user) {
        var all = new ArrayList<TaskView>();
        tasks.export(user, TaskFilter.asOf(AS_OF), all::add);
        return all;
    }

    private static TaskFilter filter(Set<TaskStatus> statuses, String lead, String coordinating, Long leaderId,
            Long directive, LocalDate from, LocalDate to, boolean mine) {
        return new TaskFilter(statuses, lead, coordinating, leaderId, directive, null, from, to, mine, null, AS_OF, null);
    }

    private static boolean lead(TaskView t, String code) {
        return t.leadUnit().code().equals(code);
    }

    private static boolean coordinating(TaskView t, String code) {
        return t.coordinatingUnits().stream().anyMatch(u -> u.code().equals(code));
    }

    private static boolean inMarch(TaskView t) {
        return t.applicableDeadline() != null && !t.applicableDeadline().isBefore(MARCH_1)
                && !t.applicableDeadline().isAfter(MARCH_31);
    }

    private static Set<Long> ids(List<TaskView> views) {
        var ids = new HashSet<Long>();
        views.forEach(v -> ids.add(v.id()));
        return ids;
    }

    /** The page's "first–last trong total" as numbers. */
    private static List<Long> count(String html) {
        Matcher m = COUNT.matcher(html);
        if (!m.find()) {
            return html.contains("Không có nhiệm vụ nào phù hợp.") ? List.of(0L, 0L, 0L) : List.of();
        }
        return List.of(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)), Long.parseLong(m.group(3)));
    }
}
