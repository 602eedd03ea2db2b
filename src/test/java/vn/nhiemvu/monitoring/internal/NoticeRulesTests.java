package vn.nhiemvu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.Evaluation;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.support.WeekendCalendar;

/** When each rule speaks, in working days (weekends off); due soon is the evaluation policy's (three days here). */
class NoticeRulesTests {

    private static final MonitoringRules RULES = new MonitoringRules(2, 4, 2, true, false);

    private final NoticeRules rules = rules(new WeekendCalendar());

    private static NoticeRules rules(WeekendCalendar calendar) {
        return new NoticeRules(RULES, new TaskEvaluator(new EvaluationPolicy(EvaluationPolicy.Kind.CHI_THI_75, 3, 5, true),
                calendar), calendar);
    }

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
    void remindsOfARoundWhileItsDeadlineIsNearAndOnceTheFirstWorkingDayAfter() {
        // Deadline Tue 10/3 (a proposal round's, judged like a task's); due soon is three working days here.
        assertThat(round("2026-03-10", "2026-03-04")).isEmpty();
        assertThat(round("2026-03-10", "2026-03-05")).isEqualTo("ROUND_DUE_SOON 2026-03-10 3");
        assertThat(round("2026-03-10", "2026-03-10")).isEqualTo("ROUND_DUE_SOON 2026-03-10 0");
        assertThat(round("2026-03-10", "2026-03-11")).isEqualTo("ROUND_OVERDUE 2026-03-10 1");
        // The same occasion every day after: the notice table's key lets it go once.
        assertThat(round("2026-03-10", "2026-03-16")).isEqualTo("ROUND_OVERDUE 2026-03-10 4");
        // A deadline on Saturday 14/3 is judged by Monday 16/3: not yet late on the Monday.
        assertThat(round("2026-03-14", "2026-03-16")).startsWith("ROUND_DUE_SOON 2026-03-14");
        assertThat(round("2026-03-14", "2026-03-17")).isEqualTo("ROUND_OVERDUE 2026-03-14 1");
    }

    private String round(String deadline, String asOf) {
        return rules.forRound(LocalDate.parse(deadline), LocalDate.parse(asOf))
                .map(d -> d.rule() + " " + d.occasion() + " " + d.workingDays()).orElse("");
    }

    @Test
    void aNewDeadlineIsANewOccasion() {
        assertThat(task(TaskStatus.DUE_SOON, "2026-03-20", 0, "2026-03-17")).containsExactly("DUE_SOON 2026-03-20");
    }

    @Test
    void theHorizonIsTheLastDeadlineWithinTheWindow() {
        // From Wed 4/3 with three working days (5, 6, 9): Sunday 8/3 is still within; Tue 10/3 is a fourth.
        assertThat(rules.horizon(LocalDate.parse("2026-03-04"))).isEqualTo(LocalDate.parse("2026-03-09"));
    }

    /**
     * Status in one place: about a deadline on a Saturday (31/10/2020) and one in Tết (12/02/2021, off until 16/02),
     * the warning speaks exactly on the days the evaluation says the task is due soon, counts the working days left as
     * the evaluation does (to the working day the deadline is judged by), and the sweep's horizon never leaves out a
     * task the evaluation says is due soon.
     */
    @Test
    void speaksAsTheEvaluationJudgesADeadlineOnADayOff() {
        var calendar = WeekendCalendar.withDaysOff("2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16");
        var evaluator = new TaskEvaluator(new EvaluationPolicy(EvaluationPolicy.Kind.CHI_THI_75, 3, 5, true), calendar);
        var tet = rules(calendar);
        for (String deadline : List.of("2020-10-31", "2021-02-12")) {
            LocalDate due = LocalDate.parse(deadline);
            for (LocalDate asOf = due.minusDays(15); asOf.isBefore(due.plusDays(10)); asOf = asOf.plusDays(1)) {
                Evaluation evaluation = evaluator.evaluate(TaskFacts.of(due, null), asOf);
                var said = tet.forTask(evaluation.status(), evaluation.applicableDeadline(), evaluation.workingDaysLate(),
                        asOf).stream().filter(d -> d.rule() == NoticeRule.DUE_SOON).toList();
                if (evaluation.status() == TaskStatus.DUE_SOON) {
                    assertThat(said).as(deadline + " as of " + asOf).singleElement()
                            .satisfies(d -> assertThat(d.workingDays()).isEqualTo(evaluation.workingDaysLeft()));
                    assertThat(due).isBeforeOrEqualTo(tet.horizon(asOf));
                } else {
                    assertThat(said).as(deadline + " as of " + asOf).isEmpty();
                }
                var milestone = tet.forMilestone(due, asOf);
                assertThat(milestone.map(NoticeRules.Due::rule)).as("milestone due " + deadline + " as of " + asOf)
                        .isEqualTo(switch (evaluation.status()) {
                            case DUE_SOON -> java.util.Optional.of(NoticeRule.MILESTONE_DUE_SOON);
                            case OVERDUE -> evaluation.workingDaysLate() >= 1
                                    ? java.util.Optional.of(NoticeRule.MILESTONE_OVERDUE) : java.util.Optional.empty();
                            default -> java.util.Optional.empty();
                        });
            }
        }
        // On Friday 30/10/2020 the Saturday deadline still has Monday 02/11: one working day left, not "due today".
        assertThat(tet.forTask(TaskStatus.DUE_SOON, LocalDate.parse("2020-10-31"), 0, LocalDate.parse("2020-10-30")))
                .singleElement().satisfies(d -> assertThat(d.workingDays()).isEqualTo(1));
        // A milestone due in Tết (12/02/2021) is met by Wednesday 17/02: that day it is due, not overdue.
        assertThat(tet.forMilestone(LocalDate.parse("2021-02-12"), LocalDate.parse("2021-02-17")))
                .hasValueSatisfying(d -> assertThat(d.rule()).isEqualTo(NoticeRule.MILESTONE_DUE_SOON));
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
        var holidayMonday = rules(WeekendCalendar.withDaysOff("2026-03-09"));
        assertThat(holidayMonday.forDigest(LocalDate.parse("2026-03-09"))).isEmpty();
        assertThat(holidayMonday.forDigest(LocalDate.parse("2026-03-10"))).isPresent();
        assertThat(holidayMonday.forDigest(LocalDate.parse("2026-03-11"))).isEmpty();
    }
}
