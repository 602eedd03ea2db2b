package vn.nhiemvu.notification.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeIssued;
import vn.nhiemvu.monitoring.NoticesIssued;
import vn.nhiemvu.monitoring.NoticesSettled;
import vn.nhiemvu.notification.NotificationPreferences;

/**
 * Delivers recorded notices in the application (the inbox, the live count) and queues them for the agency's
 * webhooks, in the notices' own transaction: the rows exist exactly when the notices do, on the same connection (a
 * task's change that issues a notice holds one connection, not three). A batch of notices (a sweep's page) is
 * written with a few batched statements: the recipients' choices read once, the in-app rows, the skipped deliveries
 * and the webhook rows each in one JDBC batch. E-mail, which waits on another server, goes after the commit from the event
 * publication registry ({@link MailDispatcher}).
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
    public void on(NoticesIssued issued) {
        Set<Long> people = new LinkedHashSet<>();
        issued.notices().forEach(n -> n.recipients().forEach(r -> people.add(r.userId())));
        Map<Long, NotificationPreferences> chosen = store.preferences(people);

        var inApp = new ArrayList<JdbcNotifications.InApp>();
        var deliveries = new ArrayList<JdbcNotifications.Delivery>();
        for (NoticeIssued notice : issued.notices()) {
            for (Notice.Recipient to : notice.recipients()) {
                NotificationPreferences prefs = chosen.getOrDefault(to.userId(), NotificationPreferences.defaults());
                if (!prefs.wants(notice.rule())) {
                    deliveries.add(new JdbcNotifications.Delivery(notice.noticeId(), to.userId(), "IN_APP", null,
                            "SKIPPED", "Người nhận không chọn loại thông báo này."));
                } else if (prefs.inApp()) {
                    inApp.add(new JdbcNotifications.InApp(notice, to.userId()));
                }
            }
        }
        // The inbox row is the in-app delivery; the delivery log keeps only what did not go (and e-mails).
        store.insertInApp(inApp);
        store.deliveries(deliveries);

        var endpoints = new HashMap<Long, List<JdbcNotifications.Endpoint>>();
        var webhooks = new ArrayList<JdbcNotifications.Webhook>();
        for (NoticeIssued notice : issued.notices()) {
            List<JdbcNotifications.Endpoint> to = endpoints.computeIfAbsent(notice.agencyId(), store::enabledEndpoints);
            if (!to.isEmpty()) {
                String body = json.writeValueAsString(payload(notice));
                to.forEach(e -> webhooks.add(new JdbcNotifications.Webhook(e.id(), notice.noticeId(), body)));
            }
        }
        store.queueWebhooks(webhooks);
        // Pushed after the commit (on every node), so that the live count reads the committed rows; once per person.
        issued.notices().stream().flatMap(n -> n.recipients().stream()).map(Notice.Recipient::username).distinct()
                .forEach(stream::changed);
    }

    /** Notices whose ask is done leave every recipient's inbox with the change that settled them. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    public void on(NoticesSettled settled) {
        store.settle(settled.noticeIds());
        settled.recipients().forEach(stream::changed);
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
