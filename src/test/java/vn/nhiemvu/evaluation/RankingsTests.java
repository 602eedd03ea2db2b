package vn.nhiemvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class RankingsTests {

    private static final LocalDate FROM = LocalDate.of(2020, 7, 1);
    private static final LocalDate TO = LocalDate.of(2020, 12, 31);

    private static Evaluation e(TaskStatus status, String deadline, long late) {
        return new Evaluation(status, deadline == null ? null : LocalDate.parse(deadline), late, 0, java.util.List.of());
    }

    @Test
    void ranksByOnTimeRateThenLatenessThenVolumeThenCode() {
        var rankings = new Rankings(FROM, TO, LocalDate.of(2021, 1, 15));
        // A: 2 due, both on time (100 %)
        rankings.count("A", "Đơn vị A", e(TaskStatus.COMPLETED_ON_TIME, "2020-09-30", 0));
        rankings.count("A", "Đơn vị A", e(TaskStatus.COMPLETED_ON_TIME, "2020-10-30", 0));
        // B: 1 due on time (100 %), fewer due than A
        rankings.count("B", "Đơn vị B", e(TaskStatus.COMPLETED_ON_TIME, "2020-09-30", 0));
        // C and D: 50 %, C on average 2 days late, D 10
        rankings.count("C", "Đơn vị C", e(TaskStatus.COMPLETED_ON_TIME, "2020-09-30", 0));
        rankings.count("C", "Đơn vị C", e(TaskStatus.COMPLETED_LATE, "2020-09-30", 2));
        rankings.count("D", "Đơn vị D", e(TaskStatus.COMPLETED_ON_TIME, "2020-09-30", 0));
        rankings.count("D", "Đơn vị D", e(TaskStatus.OVERDUE, "2020-11-30", 10));
        // E: only tasks outside the period or without a deadline
        rankings.count("E", "Đơn vị E", e(TaskStatus.OVERDUE, "2021-01-10", 3));
        rankings.count("E", "Đơn vị E", e(TaskStatus.NO_DEADLINE, null, 0));
        rankings.enter("F", "Đơn vị F");

        var cards = rankings.ranked();
        assertThat(cards).extracting(Scorecard::key).containsExactly("A", "B", "C", "D", "E", "F");
        assertThat(cards).extracting(Scorecard::rank).containsExactly(1, 2, 3, 4, 0, 0);
        Scorecard d = cards.get(3);
        assertThat(d.due()).isEqualTo(2);
        assertThat(d.overdue()).isEqualTo(1);
        assertThat(d.onTimeRate()).isEqualTo(0.5);
        assertThat(d.averageWorkingDaysLate()).isEqualTo(10.0);
        assertThat(cards.get(4).onTimeRate()).isNull();
    }

    @Test
    void aTaskNotYetDueAsOfTheDateDoesNotCount() {
        var rankings = new Rankings(FROM, TO, LocalDate.of(2020, 10, 1));
        rankings.count("A", "Đơn vị A", e(TaskStatus.IN_PROGRESS, "2020-12-31", 0));
        Scorecard a = rankings.ranked().get(0);
        assertThat(a.due()).isZero();
        assertThat(a.rank()).isZero();
    }

    /** The trap of issue 14: "Đến hạn 1, Đúng hạn 0, Quá hạn 0/0" ranked the unit last at 0 %. */
    @Test
    void aTaskDueOnTheDayAndNotYetDoneIsStillWithinItsDeadline() {
        var rankings = new Rankings(FROM, TO, LocalDate.of(2020, 10, 1));
        rankings.count("A", "Đơn vị A", e(TaskStatus.DUE_SOON, "2020-10-01", 0));
        // 27/9/2020 was a Sunday: met by the end of Monday 28/9, so still open and not late on that day.
        var sunday = new Rankings(FROM, TO, LocalDate.of(2020, 9, 28));
        sunday.count("A", "Đơn vị A", e(TaskStatus.DUE_SOON, "2020-09-27", 0));
        for (Scorecard a : List.of(rankings.ranked().get(0), sunday.ranked().get(0))) {
            assertThat(a.due()).isZero();
            assertThat(a.onTimeRate()).isNull();
            assertThat(a.rank()).isZero();
        }
    }

    @Test
    void everyRowAddsUp() {
        var random = new java.util.Random(14);
        var rankings = new Rankings(FROM, TO, LocalDate.of(2020, 11, 15));
        for (int i = 0; i < 2000; i++) {
            TaskStatus status = TaskStatus.values()[random.nextInt(TaskStatus.values().length)];
            LocalDate deadline = status == TaskStatus.NO_DEADLINE ? null : FROM.minusDays(30).plusDays(random.nextInt(240));
            rankings.count("U" + random.nextInt(7), "Đơn vị", new Evaluation(status, deadline, random.nextInt(9), 0, java.util.List.of()));
        }
        for (Scorecard c : rankings.ranked()) {
            assertThat(c.due()).as(c.key()).isEqualTo(c.onTime() + c.late() + c.overdue());
            assertThat(c.rank() > 0).as(c.key()).isEqualTo(c.due() > 0);
        }
    }

    @Test
    void equalRecordsComeOutInTheSameOrderEveryTime() {
        for (int i = 0; i < 3; i++) {
            var rankings = new Rankings(FROM, TO, TO);
            rankings.count("Z", "Z", e(TaskStatus.COMPLETED_ON_TIME, "2020-09-30", 0));
            rankings.count("M", "M", e(TaskStatus.COMPLETED_ON_TIME, "2020-09-30", 0));
            assertThat(rankings.ranked()).extracting(Scorecard::key).containsExactly("M", "Z");
        }
    }
}
