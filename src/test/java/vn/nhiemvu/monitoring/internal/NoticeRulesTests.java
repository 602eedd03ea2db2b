package vn.nhiemvu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.support.WeekendCalendar;

/** When each rule speaks, in working days (weekends off). */
class NoticeRulesTests {

    private final NoticeRules rules = new NoticeRules(new MonitoringRules(3, 2, 4, 2, true, false), new WeekendCalendar());

    private List<String> task(TaskStatus status, String deadline, long late, String asOf) {
        var out = new ArrayList<String>();
        rules.forTask(status, LocalDate.parse(deadline), late, LocalDate.parse(asOf))
                .forEach(d -> out.add(d.rule() + " " + d.occasion()));
        return out;
    }

    @Test
    void warnsOnceTheDeadlineIsWithinTheWindowAndNotBefore() {
        // Deadline Tue 10/3: from Thu 5/3 three working days are left (6, 9, 10).
        assertThat(task(TaskStatus.IN_PROGRESS, "2026-03-10", 0, "2026-03-04")).isEmpty();
        assertThat(task(TaskStatus.DUE_SOON, "2026-03-10", 0, "2026-03-05")).containsExactly("DUE_SOON 2026-03-10");
        assertThat(task(TaskStatus.DUE_SOON, "2026-03-10", 0, "2026-03-10")).containsExactly("DUE_SOON 2026-03-10");
    }

    @Test
    void repeatsEveryMWorkingDaysAndEscalatesAfterK() {
        assertThat(task(TaskStatus.OVERDUE, "2026-03-10", 1, "2026-03-11")).containsExactly("OVERDUE 2026-03-10#0");
        assertThat(task(TaskStatus.OVERDUE, "2026-03-10", 2, "2026-03-12")).containsExactly("OVERDUE 2026-03-10#0");
        assertThat(task(TaskStatus.OVERDUE, "2026-03-10", 3, "2026-03-13")).containsExactly("OVERDUE 2026-03-10#1");
        assertThat(task(TaskStatus.OVERDUE, "2026-03-10", 4, "2026-03-16"))
                .containsExactly("OVERDUE 2026-03-10#1", "ESCALATION 2026-03-10");
        assertThat(task(TaskStatus.COMPLETED_LATE, "2026-03-10", 4, "2026-03-16")).isEmpty();
    }

    @Test
    void aNewDeadlineIsANewOccasion() {
        assertThat(task(TaskStatus.DUE_SOON, "2026-03-20", 0, "2026-03-17")).containsExactly("DUE_SOON 2026-03-20");
    }

    @Test
    void theHorizonIsTheLastDeadlineWithinTheWindow() {
        // From Wed 4/3 with three working days (5, 6, 9): Sunday 8/3 is still within; Tue 10/3 is a fourth.
        assertThat(rules.horizon(LocalDate.parse("2026-03-04"), 3)).isEqualTo(LocalDate.parse("2026-03-09"));
        assertThat(rules.horizon(LocalDate.parse("2026-03-06"), 0)).isEqualTo(LocalDate.parse("2026-03-08"));
        // Beyond the horizon no task rule speaks, on or before it the warning does (a sweep reads only up to it).
        for (int day = 0; day < 60; day++) {
            LocalDate asOf = LocalDate.parse("2026-03-01").plusDays(day);
            LocalDate horizon = rules.horizon(asOf, 3);
            assertThat(rules.forTask(TaskStatus.IN_PROGRESS, horizon.plusDays(1), 0, asOf)).isEmpty();
            assertThat(rules.forTask(TaskStatus.DUE_SOON, horizon, 0, asOf)).extracting(NoticeRules.Due::rule)
                    .containsExactly(NoticeRule.DUE_SOON);
        }
    }

    @Test
    void milestonesRequestsAndTheDigest() {
        assertThat(rules.forMilestone(LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-07"))).isEmpty();
        assertThat(rules.forMilestone(LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-09")))
                .hasValueSatisfying(d -> assertThat(d.rule()).isEqualTo(NoticeRule.MILESTONE_OVERDUE));
        assertThat(rules.forMilestone(LocalDate.parse("2026-03-06"), LocalDate.parse("2026-03-03")))
                .hasValueSatisfying(d -> assertThat(d.rule()).isEqualTo(NoticeRule.MILESTONE_DUE_SOON));
        // Requested Mon 2/3; two working days to decide: still fine on Wed 4/3, late on Thu 5/3.
        assertThat(rules.forRequest(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-04"))).isEmpty();
        assertThat(rules.forRequest(LocalDate.parse("2026-03-02"), LocalDate.parse("2026-03-05")))
                .hasValueSatisfying(d -> assertThat(d.rule()).isEqualTo(NoticeRule.REQUEST_UNDECIDED));
        assertThat(rules.forDigest(LocalDate.parse("2026-03-02")))
                .hasValueSatisfying(d -> assertThat(d.occasion()).isEqualTo("2026-W10"));
        assertThat(rules.forDigest(LocalDate.parse("2026-03-03"))).isEmpty();
        assertThat(rules.forDigest(LocalDate.parse("2026-03-07"))).isEmpty();
    }

    @Test
    void theDigestGoesOnTheFirstWorkingDayWhenMondayIsAHoliday() {
        var holidayMonday = new NoticeRules(new MonitoringRules(3, 2, 4, 2, true, false),
                WeekendCalendar.withDaysOff("2026-03-09"));
        assertThat(holidayMonday.forDigest(LocalDate.parse("2026-03-09"))).isEmpty();
        assertThat(holidayMonday.forDigest(LocalDate.parse("2026-03-10"))).isPresent();
        assertThat(holidayMonday.forDigest(LocalDate.parse("2026-03-11"))).isEmpty();
    }
}
