package vn.nhiemvu.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.dashboard.StatusCounts;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.evaluation.TaskFacts;
import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.support.WeekendCalendar;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskCountingFacts;
import vn.nhiemvu.task.TaskKind;

/**
 * Status in one place: the dashboard counts an open task on the day the evaluation judges its deadline by and splits
 * overdue / due soon / in progress at the evaluation's boundary, so that on every day its count of the task is the
 * status the evaluation gives it — here for a deadline on a Saturday and one in Tết.
 */
class ContributionsTests {

    /** Tết 2021: 10–16/02 off (13–14 a weekend). */
    private static final WeekendCalendar CALENDAR = WeekendCalendar.withDaysOff("2021-02-10", "2021-02-11",
            "2021-02-12", "2021-02-15", "2021-02-16");

    @ParameterizedTest(name = "deadline {0}, counted on {1}")
    @CsvSource(textBlock = """
            2020-10-31, 2020-11-02
            2021-02-12, 2021-02-17
            2021-03-15, 2021-03-15
            """)
    void countsAnOpenTaskAsTheEvaluationJudgesIt(LocalDate deadline, LocalDate countedOn) {
        var evaluator = new TaskEvaluator(EvaluationPolicy.defaults(), CALENDAR);
        LocalDate today = deadline.minusDays(20);
        var clock = Clock.fixed(today.atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant(),
                ZoneId.of("Asia/Ho_Chi_Minh"));
        TaskFacts facts = TaskFacts.of(deadline, null);
        Contribution contribution = new Contributions(clock).of(task(deadline),
                new TaskCountingFacts(facts, today.withDayOfMonth(1)), evaluator);

        assertThat(contribution.kind()).isEqualTo(Contribution.Kind.OPEN_DATED);
        assertThat(contribution.date()).isEqualTo(countedOn).isEqualTo(evaluator.judgedBy(deadline));
        for (LocalDate asOf = today; asOf.isBefore(deadline.plusDays(15)); asOf = asOf.plusDays(1)) {
            assertThat(statusOnTheDashboard(contribution.date(), today, asOf, evaluator.dueSoonUntil(asOf)))
                    .as("as of " + asOf).isEqualTo(evaluator.evaluate(facts, asOf).status());
        }
    }

    /** One open task's row, its pivot today, summed for the date as {@link JdbcAggregates#sums} does. */
    private static TaskStatus statusOnTheDashboard(LocalDate countedOn, LocalDate pivot, LocalDate asOf,
            LocalDate dueSoonUntil) {
        var row = new Tally.UnitRow(1, 0, 1, 0, 0, 0, pivot, 0);
        long passed = !countedOn.isBefore(pivot) && countedOn.isBefore(asOf) ? 1 : 0;
        long dueSoon = !countedOn.isBefore(asOf) && !countedOn.isAfter(dueSoonUntil) ? 1 : 0;
        StatusCounts counts = Tally.count(new Tally.Sums(row, passed, 0, dueSoon));
        assertThat(counts.overdue() + counts.dueSoon() + counts.inProgress()).isEqualTo(1);
        return counts.overdue() == 1 ? TaskStatus.OVERDUE
                : counts.dueSoon() == 1 ? TaskStatus.DUE_SOON : TaskStatus.IN_PROGRESS;
    }

    private static Task task(LocalDate deadline) {
        return new Task(1, 1, null, null, TaskKind.OTHER, "Nhiệm vụ", null, 7, List.of(), null, deadline, null, null,
                null, null, null, 0, Instant.parse("2020-01-02T01:00:00Z"), "vanphong");
    }
}
