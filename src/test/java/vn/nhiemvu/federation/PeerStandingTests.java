package vn.nhiemvu.federation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.shared.Message;

class PeerStandingTests {

    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
    private static final Duration WEEK = Duration.ofDays(7);

    @Test
    void countsTheFourBucketsOfChiThi75WithDueSoonWithinTheDeadlineAndNoDeadlineApart() {
        PeerStanding s = PeerStanding.of("BTTTT", List.of(TaskStatus.COMPLETED_ON_TIME, TaskStatus.COMPLETED_LATE,
                TaskStatus.COMPLETED_LATE, TaskStatus.IN_PROGRESS, TaskStatus.DUE_SOON, TaskStatus.OVERDUE,
                TaskStatus.NO_DEADLINE), NOW.minusSeconds(90), null, NOW, WEEK);
        assertThat(s.completedOnTime()).isEqualTo(1);
        assertThat(s.completedLate()).isEqualTo(2);
        assertThat(s.withinDeadline()).isEqualTo(2);
        assertThat(s.overdue()).isEqualTo(1);
        assertThat(s.noDeadline()).isEqualTo(1);
        assertThat(s.total()).isEqualTo(7);
        assertThat(s.lag()).isEqualTo(Duration.ofSeconds(90));
        assertThat(s.lagText()).isEqualTo(Message.of("federation.lag.minutes", 1L));
    }

    @Test
    void aPeerWithOpenTasksNotHeardFromForLongerThanTheWindowIsSilent() {
        var open = List.of(TaskStatus.IN_PROGRESS);
        assertThat(PeerStanding.of("BTTTT", open, NOW.minus(Duration.ofDays(8)), null, NOW, WEEK).silent()).isTrue();
        assertThat(PeerStanding.of("BTTTT", open, NOW.minus(Duration.ofDays(6)), null, NOW, WEEK).silent()).isFalse();
        assertThat(PeerStanding.of("BTTTT", open, NOW.minus(WEEK), null, NOW, WEEK).silent()).as("the window itself")
                .isFalse();
    }

    @Test
    void withNothingHeardYetSilenceCountsFromTheOldestTaskWaitingForAnAnswer() {
        var open = List.of(TaskStatus.IN_PROGRESS);
        PeerStanding never = PeerStanding.of("BTTTT", open, null, NOW.minus(Duration.ofDays(9)), NOW, WEEK);
        assertThat(never.silent()).isTrue();
        assertThat(never.lag()).isNull();
        assertThat(never.lagText()).isEqualTo(Message.of("federation.lag.never"));
        assertThat(PeerStanding.of("BTTTT", open, null, NOW.minusSeconds(60), NOW, WEEK).silent()).isFalse();
        assertThat(PeerStanding.of("BTTTT", open, null, null, NOW, WEEK).silent()).isFalse();
    }

    @Test
    void aPeerWhoseTasksAreAllCompletedOwesNoMessage() {
        PeerStanding done = PeerStanding.of("BTTTT", List.of(TaskStatus.COMPLETED_ON_TIME),
                NOW.minus(Duration.ofDays(60)), null, NOW, WEEK);
        assertThat(done.silent()).isFalse();
        assertThat(PeerStanding.of("BTTTT", List.of(), null, null, NOW, WEEK).silent()).isFalse();
    }

    @Test
    void theLagInWordsByDaysHoursOrMinutes() {
        assertThat(PeerStanding.of("X", List.of(), NOW.minus(Duration.ofHours(50).plusMinutes(5)), null, NOW, WEEK)
                .lagText()).isEqualTo(Message.of("federation.lag.days", 2L, 2L));
        assertThat(PeerStanding.of("X", List.of(), NOW.minus(Duration.ofMinutes(125)), null, NOW, WEEK).lagText())
                .isEqualTo(Message.of("federation.lag.hours", 2L, 5L));
    }
}
