package vn.nhiemvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

import vn.nhiemvu.evaluation.DeadlineChange.Decision;
import vn.nhiemvu.evaluation.EvaluationPolicy.Kind;
import vn.nhiemvu.support.WeekendCalendar;

class TaskEvaluatorTests {

    /** 2020: 02/9 (Wed) and 03/9 off for Quốc khánh; 2021: Tết 10–16/02. */
    private static final WeekendCalendar CALENDAR = WeekendCalendar.withDaysOff("2020-09-02", "2020-09-03",
            "2021-02-10", "2021-02-11", "2021-02-12", "2021-02-15", "2021-02-16");

    private static final EvaluationPolicy CT75 = EvaluationPolicy.defaults();
    private final TaskEvaluator evaluator = new TaskEvaluator(CT75, CALENDAR);
    private final TaskEvaluator governmentOffice = new TaskEvaluator(CT75.withKind(Kind.GOVERNMENT_OFFICE), CALENDAR);

    private static LocalDate d(String date) {
        return date == null ? null : LocalDate.parse(date);
    }

    @ParameterizedTest(name = "deadline {0}, completed {1}, as of {2} -> {3}")
    @CsvSource(nullValues = "-", textBlock = """
            # deadline,  completed,  as of,      status,            working days late
            2021-03-15,  -,          2021-01-10, IN_PROGRESS,       0
            # 2021-03-15 is a Monday: five working days before is Monday 08/3
            2021-03-15,  -,          2021-03-05, IN_PROGRESS,       0
            2021-03-15,  -,          2021-03-08, DUE_SOON,          0
            2021-03-15,  -,          2021-03-12, DUE_SOON,          0
            2021-03-15,  -,          2021-03-15, DUE_SOON,          0
            2021-03-15,  -,          2021-03-16, OVERDUE,           1
            2021-03-15,  -,          2021-03-22, OVERDUE,           5
            2021-03-15,  2021-03-15, 2022-01-01, COMPLETED_ON_TIME, 0
            2021-03-15,  2021-03-16, 2022-01-01, COMPLETED_LATE,    1
            2021-03-15,  2021-03-20, 2022-01-01, COMPLETED_LATE,    4
            # a completion after the as-of date has not happened yet as of that date
            2021-03-15,  2021-03-20, 2021-03-10, DUE_SOON,          0
            2021-03-15,  2021-03-20, 2021-03-18, OVERDUE,           3
            -,           -,          2021-01-01, NO_DEADLINE,       0
            -,           2021-02-01, 2021-03-01, COMPLETED_ON_TIME, 0
            -,           2021-02-01, 2021-01-01, NO_DEADLINE,       0
            # Tết counts no working days: due 17/02, as of 09/02 only 09/02 (excl.) .. 17/02 = 2 working days left
            2021-02-17,  -,          2021-02-05, DUE_SOON,          0
            2021-02-09,  -,          2021-02-17, OVERDUE,           1
            # a deadline on a holiday (02/9/2020) is met by the next working day, Friday 04/9
            2020-09-02,  2020-09-04, 2020-12-31, COMPLETED_ON_TIME, 0
            2020-09-02,  -,          2020-09-04, DUE_SOON,          0
            2020-09-02,  2020-09-07, 2020-12-31, COMPLETED_LATE,    1
            # a deadline on a Saturday is met on Monday
            2020-10-31,  2020-11-02, 2020-12-31, COMPLETED_ON_TIME, 0
            """)
    void classifiesByDeadlineCompletionAndWorkingDays(LocalDate deadline, LocalDate completedAt, LocalDate asOf,
            TaskStatus expected, long late) {
        Evaluation evaluation = evaluator.evaluate(TaskFacts.of(deadline, completedAt), asOf);
        assertThat(evaluation.status()).isEqualTo(expected);
        assertThat(evaluation.workingDaysLate()).isEqualTo(late);
        assertThat(evaluation.reason()).isNotBlank();
    }

    @Test
    void explainsItselfInVietnamese() {
        assertThat(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), null), d("2020-10-16")).reason())
                .isEqualTo("Quá hạn 12 ngày làm việc so với thời hạn 30/09/2020.");
        assertThat(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), d("2020-09-30")), d("2020-10-16")).reason())
                .isEqualTo("Hoàn thành ngày 30/09/2020, không muộn hơn thời hạn 30/09/2020.");
        assertThat(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), null), d("2020-09-30")).reason())
                .isEqualTo("Đến hạn hôm nay (30/09/2020).");
        assertThat(evaluator.evaluate(TaskFacts.of(null, null), d("2020-09-30")).reason())
                .startsWith("Không có thời hạn");
    }

    /** The same reasons as codes and arguments, worded by the English bundle (ADR 0033). */
    @Test
    void explainsItselfInEnglishFromTheSameCodes() {
        var bundles = new ResourceBundleMessageSource();
        bundles.setBasename("messages");
        bundles.setDefaultEncoding("UTF-8");
        bundles.setFallbackToSystemLocale(false);
        java.util.function.Function<Evaluation, String> english = e -> e.explanation().stream()
                .map(m -> bundles.getMessage(m, Locale.ENGLISH)).collect(Collectors.joining(" "));
        assertThat(english.apply(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), null), d("2020-10-16"))))
                .isEqualTo("Overdue: 12 working days past the deadline 30/09/2020.");
        assertThat(english.apply(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), null), d("2020-10-01"))))
                .isEqualTo("Overdue: 1 working day past the deadline 30/09/2020.");
        assertThat(english.apply(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), d("2020-09-30")), d("2020-10-16"))))
                .isEqualTo("Completed on 30/09/2020, no later than the deadline 30/09/2020.");
        assertThat(english.apply(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), null), d("2020-09-28"))))
                .isEqualTo("2 working days left until the deadline 30/09/2020.");
        assertThat(evaluator.evaluate(TaskFacts.of(d("2020-09-30"), null), d("2020-10-16")).explanation())
                .extracting(m -> m.code()).containsExactly("explanation.overdue");
    }

    /** Chỉ thị 75 II.4 with the 2020 programme's cut-off, 10/11/2020. */
    @Nested
    class ExtensionsUnderChiThi75 {

        private final LocalDate cutoff = d("2020-11-10");

        private TaskFacts facts(LocalDate completedAt, DeadlineChange... changes) {
            return new TaskFacts(d("2020-11-30"), completedAt, cutoff, List.of(changes));
        }

        @Test
        void aTimelyApprovedExtensionMovesTheDeadline() {
            var change = new DeadlineChange(d("2020-11-09"), d("2020-12-31"), Decision.APPROVED, d("2020-11-12"));
            Evaluation e = evaluator.evaluate(facts(d("2020-12-20"), change), d("2021-01-15"));
            assertThat(e.status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
            assertThat(e.applicableDeadline()).isEqualTo(d("2020-12-31"));
            assertThat(e.reason()).contains("đã được gia hạn đến 31/12/2020", "đề nghị ngày 09/11/2020");
        }

        @Test
        void aLateRequestLeavesTheOriginalDeadlineUnderChiThi75ButNotForTheGovernmentOffice() {
            var change = new DeadlineChange(d("2020-11-11"), d("2020-12-31"), Decision.APPROVED, d("2020-11-13"));
            Evaluation ct75 = evaluator.evaluate(facts(d("2020-12-20"), change), d("2021-01-15"));
            assertThat(ct75.status()).isEqualTo(TaskStatus.COMPLETED_LATE);
            assertThat(ct75.applicableDeadline()).isEqualTo(d("2020-11-30"));
            assertThat(ct75.reason()).contains("sau thời điểm chốt 10/11/2020", "II.4");

            Evaluation office = governmentOffice.evaluate(facts(d("2020-12-20"), change), d("2021-01-15"));
            assertThat(office.status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
            assertThat(office.applicableDeadline()).isEqualTo(d("2020-12-31"));
        }

        @Test
        void aRejectedRequestChangesNothing() {
            var change = new DeadlineChange(d("2020-11-05"), d("2020-12-31"), Decision.REJECTED, d("2020-11-06"));
            Evaluation e = evaluator.evaluate(facts(null, change), d("2020-12-15"));
            assertThat(e.status()).isEqualTo(TaskStatus.OVERDUE);
            assertThat(e.applicableDeadline()).isEqualTo(d("2020-11-30"));
            assertThat(e.reason()).contains("không được phê duyệt");
            assertThat(governmentOffice.evaluate(facts(null, change), d("2020-12-15")).status())
                    .isEqualTo(TaskStatus.OVERDUE);
        }

        @Test
        void severalExtensionsCountOnlyThoseRequestedBeforeTheCutoff() {
            var first = new DeadlineChange(d("2020-11-02"), d("2020-12-15"), Decision.APPROVED, d("2020-11-04"));
            var second = new DeadlineChange(d("2020-12-10"), d("2021-01-31"), Decision.APPROVED, d("2020-12-11"));
            TaskFacts facts = facts(d("2021-01-20"), first, second);
            assertThat(evaluator.evaluate(facts, d("2021-02-01")).applicableDeadline()).isEqualTo(d("2020-12-15"));
            assertThat(evaluator.evaluate(facts, d("2021-02-01")).status()).isEqualTo(TaskStatus.COMPLETED_LATE);
            assertThat(governmentOffice.evaluate(facts, d("2021-02-01")).applicableDeadline()).isEqualTo(d("2021-01-31"));
            assertThat(governmentOffice.evaluate(facts, d("2021-02-01")).status()).isEqualTo(TaskStatus.COMPLETED_ON_TIME);
        }

        @Test
        void anExtensionCountsOnlyFromTheDayItIsApproved() {
            var change = new DeadlineChange(d("2020-11-09"), d("2020-12-31"), Decision.APPROVED, d("2020-12-03"));
            assertThat(evaluator.evaluate(facts(null, change), d("2020-12-02")).status()).isEqualTo(TaskStatus.OVERDUE);
            assertThat(evaluator.evaluate(facts(null, change), d("2020-12-03")).status()).isEqualTo(TaskStatus.IN_PROGRESS);
        }

        @Test
        void anExtensionApprovedAfterCompletionDoesNotTurnLateIntoOnTime() {
            var change = new DeadlineChange(d("2020-11-09"), d("2020-12-31"), Decision.APPROVED, d("2020-12-22"));
            Evaluation e = governmentOffice.evaluate(facts(d("2020-12-20"), change), d("2021-01-15"));
            assertThat(e.status()).isEqualTo(TaskStatus.COMPLETED_LATE);
            assertThat(e.reason()).contains("sau ngày hoàn thành");
        }
    }

    @Test
    void withoutADirectiveCutoffARequestMustComeFiveWorkingDaysBeforeTheDeadline() {
        // Deadline Monday 30/11/2020: five working days before is Monday 23/11.
        var timely = new DeadlineChange(d("2020-11-23"), d("2020-12-31"), Decision.APPROVED, d("2020-11-25"));
        var late = new DeadlineChange(d("2020-11-24"), d("2020-12-31"), Decision.APPROVED, d("2020-11-25"));
        assertThat(evaluator.evaluate(new TaskFacts(d("2020-11-30"), null, null, List.of(timely)), d("2020-12-15"))
                .status()).isEqualTo(TaskStatus.IN_PROGRESS);
        assertThat(evaluator.evaluate(new TaskFacts(d("2020-11-30"), null, null, List.of(late)), d("2020-12-15"))
                .status()).isEqualTo(TaskStatus.OVERDUE);
    }

    @Test
    void refusesNegativeWindowsAndAMissingDate() {
        assertThatThrownBy(() -> new EvaluationPolicy(Kind.CHI_THI_75, -1, 5, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> evaluator.evaluate(TaskFacts.of(null, null), null))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void everyStatusHasAVietnameseLabel() {
        for (TaskStatus status : TaskStatus.values()) {
            assertThat(status.label()).isNotBlank();
        }
        assertThat(TaskStatus.OVERDUE.label()).isEqualTo("Quá hạn");
    }
    /**
     * The day a deadline is judged by, the working days left and the due-soon boundary are what the other modules
     * ask (dashboard, monitoring): each must say what {@link TaskEvaluator#evaluate} says, on a Saturday and on Tết.
     */
    @ParameterizedTest(name = "deadline {0} is judged by {1}")
    @CsvSource(textBlock = """
            2020-10-31, 2020-11-02
            2021-02-12, 2021-02-17
            2020-09-02, 2020-09-04
            2021-03-15, 2021-03-15
            """)
    void asksAboutADeadlineAsEvaluationJudgesIt(LocalDate deadline, LocalDate judgedBy) {
        assertThat(evaluator.judgedBy(deadline)).isEqualTo(judgedBy);
        var strict = new TaskEvaluator(new EvaluationPolicy(Kind.CHI_THI_75, 5, 5, false), CALENDAR);
        assertThat(strict.judgedBy(deadline)).isEqualTo(deadline);
        for (LocalDate asOf = deadline.minusDays(20); asOf.isBefore(deadline.plusDays(10)); asOf = asOf.plusDays(1)) {
            Evaluation evaluation = evaluator.evaluate(TaskFacts.of(deadline, null), asOf);
            boolean open = evaluation.status() != TaskStatus.OVERDUE;
            if (open) {
                assertThat(evaluator.workingDaysLeft(deadline, asOf)).as("left on " + asOf)
                        .isEqualTo(evaluation.workingDaysLeft());
            }
            boolean withinBoundary = !judgedBy.isBefore(asOf) && !judgedBy.isAfter(evaluator.dueSoonUntil(asOf));
            assertThat(withinBoundary).as("due soon on " + asOf).isEqualTo(evaluation.status() == TaskStatus.DUE_SOON);
            assertThat(judgedBy.isBefore(asOf)).as("overdue on " + asOf).isEqualTo(!open);
        }
    }

    @Test
    void theDueSoonBoundaryIsTheLastDayWithThePolicysWorkingDaysLeft() {
        // Wednesday 03/02/2021, five working days: 04, 05, 08, 09 and 17/02 (Tết 10–16/02); 18/02 would be a sixth.
        assertThat(evaluator.dueSoonUntil(d("2021-02-03"))).isEqualTo(d("2021-02-17"));
        var threeDays = new TaskEvaluator(new EvaluationPolicy(Kind.CHI_THI_75, 3, 5, true), CALENDAR);
        // Wednesday 04/3/2026: 05, 06 and 09/3; Sunday 08/3 is still within.
        assertThat(threeDays.dueSoonUntil(d("2026-03-04"))).isEqualTo(d("2026-03-09"));
        assertThat(new TaskEvaluator(new EvaluationPolicy(Kind.CHI_THI_75, 0, 5, true), CALENDAR)
                .dueSoonUntil(d("2026-03-06"))).isEqualTo(d("2026-03-08"));
    }
}
