package vn.nhiemvu.monitoring;

import java.util.List;

/**
 * Notices recorded together (a sweep's page, a task's own notices), announced once as a whole in the transaction
 * that records them, so that the channels write their rows for all of them in a few batched statements instead of a
 * few statements per notice. Each notice is also announced alone ({@link NoticeIssued}) for the channels that work
 * after the commit (e-mail, AMQP).
 */
public record NoticesIssued(List<NoticeIssued> notices) {

    public NoticesIssued {
        notices = List.copyOf(notices);
    }
}
