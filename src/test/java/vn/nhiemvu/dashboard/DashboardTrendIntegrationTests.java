package vn.nhiemvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.directive.NewDirective;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.task.TaskDraft;
import vn.nhiemvu.task.TaskKind;
import vn.nhiemvu.task.TaskManagement;

/**
 * The 12-month trend counts a task as received in the month it was assigned — its directive's date — not the month
 * it was typed in (issue 14: every 2020 task typed in today showed as "giao mới" this month).
 */
@IntegrationTest
class DashboardTrendIntegrationTests {

    @Autowired
    Dashboards dashboards;
    @Autowired
    TaskManagement tasks;
    @Autowired
    Directives directives;
    @Autowired
    Accounts accounts;
    @Autowired
    Clock clock;

    @Test
    void aTaskIsReceivedInTheMonthOfItsDirective() {
        CurrentUser office = accounts.find("vanphong").orElseThrow();
        CurrentUser lanhdao = accounts.find("lanhdao").orElseThrow();
        LocalDate today = LocalDate.now(clock);
        YearMonth thisMonth = YearMonth.from(today);
        LocalDate twoMonthsAgo = today.minusMonths(2).withDayOfMonth(10);
        Directive chiThi75 = directives.findByNumber(office.agencyId(), "75/CT-BTTTT").orElseThrow();
        Directive recent = directives.record(office, new NewDirective(DirectiveKind.CONG_VAN, "XH-901/BTTTT-VP", null,
                "BTTTT", twoMonthsAgo, "Nguyễn Văn A", "Về việc thử xu hướng theo ngày giao", null, null));
        Map<YearMonth, Long> before = received(office);
        Map<YearMonth, Long> leaderBefore = received(lanhdao);

        tasks.create(office, draft("Xu hướng: nhiệm vụ của Chỉ thị 75 nhập hôm nay", chiThi75.id(), lanhdao.leaderId()));
        tasks.create(office, draft("Xu hướng: nhiệm vụ của công văn hai tháng trước", recent.id(), lanhdao.leaderId()));
        tasks.create(office, draft("Xu hướng: nhiệm vụ không theo văn bản", null, lanhdao.leaderId()));

        // The Office reads the agency's months, a leader sums the unit months: both by the day of assignment.
        for (var user : List.of(office, lanhdao)) {
            Map<YearMonth, Long> after = received(user);
            Map<YearMonth, Long> earlier = user == office ? before : leaderBefore;
            assertThat(after.get(thisMonth) - earlier.get(thisMonth)).as("this month, " + user.username()).isEqualTo(1);
            assertThat(after.get(YearMonth.from(twoMonthsAgo)) - earlier.get(YearMonth.from(twoMonthsAgo)))
                    .as("the month of the công văn, " + user.username()).isEqualTo(1);
            long others = after.entrySet().stream().filter(e -> !e.getKey().equals(thisMonth)
                    && !e.getKey().equals(YearMonth.from(twoMonthsAgo)))
                    .mapToLong(e -> e.getValue() - earlier.get(e.getKey())).sum();
            assertThat(others).as("the 2020 task is in none of the last 12 months").isZero();
        }
        assertThat(dashboards.recount(accounts.find("admin").orElseThrow()).firstDifferences()).isEmpty();
    }

    private Map<YearMonth, Long> received(CurrentUser user) {
        return dashboards.dashboard(user, null).trend().stream()
                .collect(Collectors.toMap(Dashboard.MonthTrend::month, Dashboard.MonthTrend::received));
    }

    private static TaskDraft draft(String title, Long directive, Long leader) {
        return new TaskDraft(TaskKind.OTHER, title, null, TaskDraft.Ref.ofCode("CDSQG"), List.of(), leader, directive,
                null, null, null, null);
    }
}
