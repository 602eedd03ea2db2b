package vn.nhiemvu.notification;

import java.time.Instant;

import vn.nhiemvu.monitoring.NoticeRule;

/**
 * A notice in a person's list; unread until they mark it or open it. It waits in their inbox while unread and not
 * settled.
 *
 * @param settledAt when what it asked for was done (null: not yet, or it only informs)
 */
public record InAppNotice(long id, long noticeId, NoticeRule rule, String ruleLabel, String title, String body,
        String link, Instant createdAt, Instant readAt, Instant settledAt) {

    public boolean isRead() {
        return readAt != null;
    }

    public boolean isSettled() {
        return settledAt != null;
    }
}
