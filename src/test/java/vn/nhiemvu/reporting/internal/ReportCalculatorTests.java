package vn.nhiemvu.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.reporting.Figures;
import vn.nhiemvu.reporting.PeriodicReport.Breakdown;
import vn.nhiemvu.reporting.ReportingPeriod;
import vn.nhiemvu.reporting.internal.ReportRow.Key;
import vn.nhiemvu.reporting.internal.ReportRow.Source;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * Q3 2020 (15/06–14/09/2020) on eleven tasks whose figures were counted by hand, one for each class and each edge of
 * the window; the previous quarter (15/03–14/06/2020) from the same pass. Calendar: weekends only.
 */
class ReportCalculatorTests {

    private static final ReportingPeriod Q3 = ReportingPeriod.quarterly(2020, 3);
    private static final TaskEvaluator EVALUATOR = new TaskEvaluator(EvaluationPolicy.defaults(), new WeekendCalendar());
    private static final Key A = new Key("A", "Đơn vị A", "leadUnit=A");
    private static final Key B = new Key("B", "Đơn vị B", "leadUnit=B");
    private static final Key L = new Key("l", "Thứ trưởng L", "leader=1");

    private final List<ReportRow> rows = new ArrayList<>();

    private void task(long id, String received, String deadline, String completed, Source source) {
        task(id, received, received, deadline, completed, source);
    }

    private void task(long id, String received, String recorded, String deadline, String completed, Source source) {
        LocalDate c = completed == null ? null : LocalDate.parse(completed);
        var facts = new TaskFacts(deadline == null ? null : LocalDate.parse(deadline), c, null, List.of());
        rows.add(new ReportRow(id, "Nhiệm vụ " + id, LocalDate.parse(received), LocalDate.parse(recorded), c,
                EVALUATOR.evaluate(facts, Q3.previous().to()), EVALUATOR.evaluate(facts, Q3.to()), source,
                id % 2 == 1 ? A : B, L, new Key("D" + source.ordinal(), "Văn bản " + source.ordinal(), null)));
    }

    private ReportCalculator.Tally tally() {
        // 1: received on the first day of the window, completed on time.
        task(1, "2020-06-15", "2020-08-31", "2020-08-20", Source.GOVERNMENT);
        // 2: received the day before the window (carried over), completed late (deadline Fri 31/07).
        task(2, "2020-06-14", "2020-07-31", "2020-08-05", Source.GOVERNMENT);
        // 3: received on the cut-off day (counted), entered into the system later; in progress.
        task(3, "2020-09-14", "2020-10-01", "2020-12-31", null, Source.GOVERNMENT);
        // 4: received the day after the cut-off: not in the report.
        task(4, "2020-09-15", "2020-09-30", null, Source.MINISTRY);
        // 5: carried over, deadline Thu 10/09 passed: overdue 2 working days (Fri 11, Mon 14).
        task(5, "2020-05-01", "2020-09-10", null, Source.PRIME_MINISTER);
        // 6: completed the day before the window began: not in the report (but in the previous one).
        task(6, "2020-05-01", "2020-06-30", "2020-06-14", Source.MINISTRY);
        // 7: completed on the first day of the window, deadline Fri 12/06: late (1 working day); carried over.
        task(7, "2020-05-01", "2020-06-12", "2020-06-15", Source.PRIME_MINISTER);
        // 8: completed the day after the cut-off: open as of 14/09, deadline Fri 18/09 → due soon (4 working days).
        task(8, "2020-07-01", "2020-09-18", "2020-09-15", Source.MINISTRY);
        // 9: no deadline, open: counted apart.
        task(9, "2020-07-01", null, null, Source.MINISTRY);
        // 10: deadline Saturday 12/09 → met by the end of Monday 14/09 (the cut-off day): due today, not overdue.
        task(10, "2020-07-01", "2020-09-12", null, Source.MINISTRY);
        // 11: deadline Fri 11/09, open: overdue 1 working day.
        task(11, "2020-07-01", "2020-09-11", null, Source.MINISTRY);
        return ReportCalculator.tally(Q3, Q3.previous(), rows, List.of(B, A), List.of(L));
    }

    @Test
    void summaryCountedByHand() {
        var t = tally();
        assertThat(t.summary()).isEqualTo(new Figures(6, 3, 1, 2, 3, 2, 2, 1));
        assertThat(t.summary().total()).isEqualTo(9);
        assertThat(t.summary().completionRate()).isEqualTo(0.6);
        assertThat(t.summary().onTimeRate()).isEqualTo(0.3333);
        assertThat(t.summary().overdueRate()).isEqualTo(0.2222);
        assertThat(t.recordedAfterCutoff()).isEqualTo(1);
    }

    @Test
    void previousQuarterFromTheSamePass() {
        // Q2 2020: tasks 2, 5, 6, 7 received 01/05 and 14/06; as of 14/06: 6 on time, 7 overdue, 2 and 5 in progress.
        assertThat(tally().previous()).isEqualTo(new Figures(4, 0, 1, 0, 2, 0, 1, 0));
    }

    @Test
    void overdueTasksMostLateFirst() {
        var t = tally();
        assertThat(t.overdue()).extracting(ReportRow::taskId).containsExactly(5L, 11L);
        assertThat(t.overdue().get(0).current().workingDaysLate()).isEqualTo(2);
    }

    @Test
    void breakdownsAddUpAndFollowTheGivenOrder() {
        var t = tally();
        assertThat(t.bySource()).extracting(Breakdown::key).containsExactly("GOVERNMENT", "PRIME_MINISTER", "MINISTRY");
        assertThat(t.bySource()).extracting(b -> b.figures().total()).containsExactly(3L, 2L, 4L);
        assertThat(t.byUnit()).extracting(Breakdown::key).containsExactly("B", "A");
        // B: tasks 2, 8, 10; A: 1, 3, 5, 7, 9, 11.
        assertThat(t.byUnit()).extracting(b -> b.figures().total()).containsExactly(3L, 6L);
        assertThat(t.byUnit().get(0).figures()).isEqualTo(new Figures(2, 1, 0, 1, 2, 2, 0, 0));
        assertThat(t.byLeader()).singleElement().satisfies(b -> assertThat(b.figures()).isEqualTo(t.summary()));
        Figures sum = t.byDirective().stream().map(Breakdown::figures).reduce(Figures.ZERO, Figures::plus);
        assertThat(sum).isEqualTo(t.summary());
    }

    @Test
    void aTaskEnteredAfterTheCutoffForALaterDirectiveDoesNotLeakIn() {
        var t = tally();
        var withLate = new ArrayList<>(rows);
        rows.clear();
        task(12, "2020-09-15", "2020-09-15", "2020-09-20", null, Source.MINISTRY);
        withLate.addAll(rows);
        assertThat(ReportCalculator.tally(Q3, Q3.previous(), withLate, List.of(), List.of()).summary())
                .isEqualTo(t.summary());
    }
}
