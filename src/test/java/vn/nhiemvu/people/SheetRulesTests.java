package vn.nhiemvu.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.people.SheetRules.LeftOut;
import vn.nhiemvu.people.WorkItem.Holding;
import vn.nhiemvu.people.WorkItem.ObjectiveCause;
import vn.nhiemvu.people.WorkItem.QualityCheck;
import vn.nhiemvu.shared.InvalidInputException;

/** The sheet rule of Nghị định 335 without Spring: every number below is worked out by hand in the comments. */
class SheetRulesTests {

    private static final SheetRules RULES = SheetRules.defaults();
    private static final SheetPeriod Q3 = SheetPeriod.parse("2026-Q3");
    private static final List<Holding> ALWAYS = List.of(new Holding(day("2026-06-01"), null));

    @Test
    void aQuarterWithALateItemAFailedCheckAnExemptionAndAReassignment() {
        var items = List.of(
                // weight 2, on time, one failed check: 2 / 1.5 / 2
                item(1, TaskStatus.COMPLETED_ON_TIME, "2026-07-31", "2026-07-20", 2, ALWAYS, List.of(failed("2026-07-25"))),
                // weight 1, late: 1 / 1 / 0.75
                item(2, TaskStatus.COMPLETED_LATE, "2026-08-05", "2026-08-10", 1, ALWAYS, List.of()),
                // weight 1, overdue at the end: 0 / 0 / 0
                item(3, TaskStatus.OVERDUE, "2026-09-15", null, 1, ALWAYS, List.of()),
                // weight 1, completed by the one who took it over on 15/08: listed, not counted
                item(5, TaskStatus.COMPLETED_ON_TIME, "2026-09-30", "2026-09-10", 1,
                        List.of(new Holding(day("2026-07-01"), day("2026-08-15"))), List.of()),
                // completed before the quarter, and open with a deadline after it: not the quarter's
                item(6, TaskStatus.COMPLETED_ON_TIME, "2026-06-30", "2026-06-20", 1, ALWAYS, List.of()),
                item(7, TaskStatus.IN_PROGRESS, "2026-11-30", null, 1, ALWAYS, List.of()),
                new WorkItem(4, "Nhiệm vụ 4", TaskStatus.OVERDUE, day("2026-08-31"), null, 20, new BigDecimal("3"), ALWAYS,
                        List.of(), new ObjectiveCause("Quyết định 12/QĐ-BTTTT", day("2026-09-02"), "Chờ luật sửa đổi", "lanhdao")));

        var sheet = RULES.sheet(Q3, day("2026-10-15"), items, new BigDecimal("25"));

        assertThat(sheet.reckonedTo()).isEqualTo(day("2026-09-30"));
        assertThat(sheet.lines()).extracting(SheetRules.Line::taskId).containsExactly(1L, 2L, 3L);
        assertThat(sheet.leftOut()).extracting(LeftOut::taskId, LeftOut::reason)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4L, LeftOut.Reason.OBJECTIVE_CAUSE),
                        org.assertj.core.groups.Tuple.tuple(5L, LeftOut.Reason.REASSIGNED));
        // Σw = 4; quantity 3, quality 2.5, timeliness 2.75
        assertThat(sheet.assigned()).isEqualByComparingTo("4");
        assertThat(sheet.completed()).isEqualByComparingTo("3");
        assertThat(sheet.quality()).isEqualByComparingTo("2.5");
        assertThat(sheet.timeliness()).isEqualByComparingTo("2.75");
        assertThat(sheet.a()).isEqualByComparingTo("0.75");
        assertThat(sheet.b()).isEqualByComparingTo("0.625");
        assertThat(sheet.c()).isEqualByComparingTo("0.6875");
        // 70 × (3 + 2.5 + 2.75) / (3 × 4) = 48.125 → 48.13; + 25 = 73.13: "tốt"
        assertThat(sheet.taskPoints()).isEqualByComparingTo("48.13");
        assertThat(sheet.total()).isEqualByComparingTo("73.13");
        assertThat(sheet.grade()).isEqualTo(Grade.GOOD);
        assertThat(sheet.lines().get(0).failedChecks()).isEqualTo(1);
        assertThat(sheet.lines().get(1).lateInstances()).isEqualTo(1);
    }

    @Test
    void theOneWhoTookItOverCountsItAndChecksBeyondFourLeaveNothing() {
        var item = item(5, TaskStatus.COMPLETED_ON_TIME, "2026-09-30", "2026-09-10", 1,
                List.of(new Holding(day("2026-08-15"), null)),
                List.of(failed("2026-09-11"), failed("2026-09-12"), failed("2026-09-13"), failed("2026-09-14"),
                        failed("2026-09-15")));
        var sheet = RULES.sheet(Q3, day("2026-12-01"), List.of(item), new BigDecimal("30"));
        assertThat(sheet.lines()).hasSize(1);
        // 1 / 0 / 1: 70 × 2 / 3 = 46.67
        assertThat(sheet.quality()).isEqualByComparingTo("0");
        assertThat(sheet.taskPoints()).isEqualByComparingTo("46.67");
        assertThat(sheet.grade()).isEqualTo(Grade.GOOD);
    }

    @Test
    void asOfADayInsideThePeriodOnlyWhatIsDueByThenCounts() {
        var due = item(1, TaskStatus.OVERDUE, "2026-07-10", null, 1, ALWAYS, List.of());
        var later = item(2, TaskStatus.IN_PROGRESS, "2026-08-10", null, 1, ALWAYS, List.of());
        var sheet = RULES.sheet(Q3, day("2026-07-20"), List.of(due, later), null);
        assertThat(sheet.reckonedTo()).isEqualTo(day("2026-07-20"));
        assertThat(sheet.lines()).extracting(SheetRules.Line::taskId).containsExactly(1L);
        assertThat(sheet.taskPoints()).isEqualByComparingTo("0");
        assertThat(sheet.total()).as("no general points entered").isNull();
        assertThat(sheet.grade()).isNull();
    }

    @Test
    void noItemGivesNoPointsAndABeforeThePeriodAsOfGivesAnEmptySheet() {
        var sheet = RULES.sheet(Q3, day("2026-06-30"), List.of(item(1, TaskStatus.OVERDUE, "2026-06-01", null, 1, ALWAYS,
                List.of())), new BigDecimal("30"));
        assertThat(sheet.lines()).isEmpty();
        assertThat(sheet.a()).isNull();
        assertThat(sheet.taskPoints()).isNull();
        assertThat(sheet.grade()).isNull();
    }

    @Test
    void gradesByTheThresholds() {
        assertThat(RULES.grade(new BigDecimal("90"))).isEqualTo(Grade.EXCELLENT);
        assertThat(RULES.grade(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(RULES.grade(new BigDecimal("70"))).isEqualTo(Grade.GOOD);
        assertThat(RULES.grade(new BigDecimal("69.99"))).isEqualTo(Grade.DONE);
        assertThat(RULES.grade(new BigDecimal("50"))).isEqualTo(Grade.DONE);
        assertThat(RULES.grade(new BigDecimal("49.99"))).isEqualTo(Grade.NOT_DONE);
        assertThat(RULES.generalPointsValid(new BigDecimal("30"))).isTrue();
        assertThat(RULES.generalPointsValid(new BigDecimal("30.5"))).isFalse();
        assertThat(RULES.generalPointsValid(new BigDecimal("-1"))).isFalse();
    }

    @Test
    void aFormulaWeighingOnlyCompletionGivesSeventyTimesA() {
        var rules = new SheetRules(new BigDecimal("70"), new BigDecimal("30"), BigDecimal.ONE, BigDecimal.ZERO,
                BigDecimal.ZERO, new BigDecimal("0.25"), new BigDecimal("0.25"), new BigDecimal("90"),
                new BigDecimal("70"), new BigDecimal("50"));
        var sheet = rules.sheet(Q3, day("2026-10-01"), List.of(
                item(1, TaskStatus.COMPLETED_LATE, "2026-07-01", "2026-07-09", 1, ALWAYS, List.of(failed("2026-07-10"))),
                item(2, TaskStatus.OVERDUE, "2026-07-01", null, 1, ALWAYS, List.of())), new BigDecimal("20"));
        assertThat(sheet.taskPoints()).isEqualByComparingTo("35.00");
        assertThat(sheet.grade()).isEqualTo(Grade.DONE);
    }

    @Test
    void theCapOnExcellentIsAShareOfThoseGradedGoodOrBetterRoundedDown() {
        var share = new BigDecimal("0.20");
        var grades = new java.util.ArrayList<Grade>();
        for (int i = 0; i < 8; i++) {
            grades.add(Grade.GOOD);
        }
        grades.addAll(List.of(Grade.EXCELLENT, Grade.EXCELLENT, Grade.DONE, Grade.NOT_DONE));
        grades.add(null);
        // 10 good or better → at most 2 excellent
        ExcellentCap cap = ExcellentCap.of(grades, share);
        assertThat(cap.rated()).isEqualTo(12);
        assertThat(cap.goodOrBetter()).isEqualTo(10);
        assertThat(cap.allowed()).isEqualTo(2);
        assertThat(cap.exceeded()).isFalse();
        grades.set(0, Grade.EXCELLENT);
        assertThat(ExcellentCap.of(grades, share).exceeded()).isTrue();
        // 4 good or better → 0.8 → none allowed
        assertThat(ExcellentCap.of(List.of(Grade.GOOD, Grade.GOOD, Grade.GOOD, Grade.EXCELLENT), share).exceeded()).isTrue();
        assertThat(ExcellentCap.of(List.of(), share).exceeded()).isFalse();
    }

    @Test
    void periodsAreMonthsOrQuarters() {
        assertThat(SheetPeriod.parse("2026-11")).isEqualTo(new SheetPeriod("2026-11", day("2026-11-01"), day("2026-11-30")));
        assertThat(SheetPeriod.parse("2026-q4").to()).isEqualTo(day("2026-12-31"));
        assertThat(SheetPeriod.parse("2026-Q1").quarterly()).isTrue();
        assertThat(SheetPeriod.quarterOf(day("2026-08-15")).key()).isEqualTo("2026-Q3");
        for (String bad : new String[] { "2026-13", "2026-Q5", "2026", "", "11/2026" }) {
            assertThatThrownBy(() -> SheetPeriod.parse(bad)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("2026-Q4");
        }
    }

    private static WorkItem item(long id, TaskStatus status, String deadline, String completed, int weight,
            List<Holding> holdings, List<QualityCheck> checks) {
        return new WorkItem(id, "Nhiệm vụ " + id, status, day(deadline), completed == null ? null : day(completed),
                status == TaskStatus.COMPLETED_LATE ? 3 : 0, BigDecimal.valueOf(weight), holdings, checks, null);
    }

    private static QualityCheck failed(String on) {
        return new QualityCheck(day(on), false, "Chưa đạt yêu cầu", "cdsqg");
    }

    private static LocalDate day(String iso) {
        return LocalDate.parse(iso);
    }
}
