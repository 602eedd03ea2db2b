package vn.nhiemvu.notification;

import java.time.Instant;

import vn.nhiemvu.monitoring.NoticeRule;

/** A notice in a person's list; unread until they mark it. */
public record InAppNotice(long id, long noticeId, NoticeRule rule, String ruleLabel, String title, String body,
        String link, Instant createdAt, Instant readAt) {

    public boolean isRead() {
        return readAt != null;
    }
}
