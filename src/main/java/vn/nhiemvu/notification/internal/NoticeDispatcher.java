package vn.nhiemvu.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeIssued;
import vn.nhiemvu.notification.NotificationPreferences;

/**
 * Delivers each recorded notice in the application (the inbox, the live count) and queues it for the agency's
 * webhooks, in the notice's own transaction: the rows exist exactly when the notice does, on the same connection (a
 * task's change that issues a notice holds one connection, not three). E-mail, which waits on another server, goes
 * after the commit from the event publication registry ({@link MailDispatcher}).
 */
@Component
class NoticeDispatcher {

    private final JdbcNotifications store;
    private final InboxStream stream;
    private final JsonMapper json;

    NoticeDispatcher(JdbcNotifications store, InboxStream stream) {
        this.store = store;
        this.stream = stream;
        this.json = JsonMapper.builder().build();
    }

    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(NoticeIssued notice) {
        for (Notice.Recipient to : notice.recipients()) {
            NotificationPreferences prefs = store.preferences(to.userId()).orElse(NotificationPreferences.defaults());
            if (!prefs.wants(notice.rule())) {
                store.delivery(notice.noticeId(), to.userId(), "IN_APP", null, "SKIPPED", "Người nhận không chọn loại thông báo này.");
            } else if (prefs.inApp() && store.insertInApp(notice, to.userId())) {
                store.delivery(notice.noticeId(), to.userId(), "IN_APP", to.username(), "SENT", null);
            }
        }
        String body = json.writeValueAsString(payload(notice));
        store.enabledEndpoints(notice.agencyId()).forEach(e -> store.queueWebhook(e.id(), notice.noticeId(), body));
        // Pushed after the commit (on every node), so that the live count reads the committed rows.
        notice.recipients().forEach(r -> stream.changed(r.username()));
    }

    /** What other systems receive: the notice, without people's e-mail addresses. */
    static Map<String, Object> payload(NoticeIssued notice) {
        var body = new LinkedHashMap<String, Object>();
        body.put("noticeId", notice.noticeId());
        body.put("agencyId", notice.agencyId());
        body.put("rule", notice.rule().name());
        body.put("title", notice.title());
        body.put("body", notice.body());
        body.put("link", notice.link());
        body.put("taskId", notice.taskId());
        body.put("unitId", notice.unitId());
        body.put("issuedOn", notice.issuedOn().toString());
        body.put("recipients", notice.recipients().stream().map(Notice.Recipient::username).toList());
        body.put("letterId", notice.letterId());
        return body;
    }
}
