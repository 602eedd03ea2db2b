package vn.nhiemvu.federation;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

import vn.nhiemvu.evaluation.TaskStatus;
import vn.nhiemvu.shared.Message;

/**
 * How the tasks this installation sent to one peer stand, as the upper side computes from what it heard back (its own
 * calendar and policy), in the Government Office's four buckets (Chỉ thị 75: completed on time, completed late, not
 * completed within the deadline, not completed and overdue; tasks without a deadline apart), with the peer's lag.
 *
 * @param lastHeard when the last message from the peer arrived; null: none yet
 * @param lag       the time since then (null when nothing was heard)
 * @param silent    nothing heard for longer than the configured window while tasks sent to the peer are open
 */
public record PeerStanding(String peerCode, Instant lastHeard, Duration lag, boolean silent, long completedOnTime,
        long completedLate, long withinDeadline, long overdue, long noDeadline) {

    /**
     * The peer's standing from the statuses of the tasks sent to it (returned ones left out by the caller). Silence
     * counts from the last message heard, or, when none came yet, from the oldest task still waiting for an answer
     * ({@code waitingSince}, null: none): a peer with nothing open owes no message.
     */
    public static PeerStanding of(String peerCode, Collection<TaskStatus> statuses, Instant lastHeard,
            Instant waitingSince, Instant now, Duration silentAfter) {
        Objects.requireNonNull(now, "now");
        long onTime = count(statuses, TaskStatus.COMPLETED_ON_TIME);
        long late = count(statuses, TaskStatus.COMPLETED_LATE);
        long within = count(statuses, TaskStatus.IN_PROGRESS) + count(statuses, TaskStatus.DUE_SOON);
        long overdue = count(statuses, TaskStatus.OVERDUE);
        long noDeadline = count(statuses, TaskStatus.NO_DEADLINE);
        boolean open = statuses.stream().anyMatch(s -> !s.isCompleted());
        Instant since = lastHeard != null ? lastHeard : waitingSince;
        boolean silent = open && since != null && Duration.between(since, now).compareTo(silentAfter) > 0;
        Duration lag = lastHeard == null ? null : Duration.between(lastHeard, now);
        return new PeerStanding(peerCode, lastHeard, lag, silent, onTime, late, within, overdue, noDeadline);
    }

    private static long count(Collection<TaskStatus> statuses, TaskStatus status) {
        return statuses.stream().filter(status::equals).count();
    }

    /** The lag in words: days and hours, hours and minutes, or minutes; "nothing heard yet" without any. */
    public Message lagText() {
        if (lag == null) {
            return Message.of("federation.lag.never");
        }
        long minutes = Math.max(0, lag.toMinutes());
        if (minutes >= 24 * 60) {
            return Message.of("federation.lag.days", minutes / (24 * 60), minutes % (24 * 60) / 60);
        }
        if (minutes >= 60) {
            return Message.of("federation.lag.hours", minutes / 60, minutes % 60);
        }
        return Message.of("federation.lag.minutes", minutes);
    }

    public long total() {
        return completedOnTime + completedLate + withinDeadline + overdue + noDeadline;
    }
}
