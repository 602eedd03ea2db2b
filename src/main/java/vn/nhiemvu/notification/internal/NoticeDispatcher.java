package vn.nhiemvu.notification.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeIssued;
import vn.nhiemvu.monitoring.UrgingLetters;
import vn.nhiemvu.notification.NotificationPreferences;

/**
 * Sends each recorded notice through the channels each recipient chose: in the application, by e-mail; and queues it
 * for the agency's webhooks. Runs after the notice's transaction commits, in its own; the event publication registry
 * keeps the notice's announcement until this succeeds, so a crash in between sends it on restart.
 */
@Component
class NoticeDispatcher {

    private static final Logger log = LoggerFactory.getLogger(NoticeDispatcher.class);

    private final JdbcNotifications store;
    private final MailChannel mail;
    private final InboxStream stream;
    private final UrgingLetters letters;
    private final JsonMapper json;

    NoticeDispatcher(JdbcNotifications store, MailChannel mail, InboxStream stream, UrgingLetters letters) {
        this.store = store;
        this.mail = mail;
        this.stream = stream;
        this.letters = letters;
        this.json = JsonMapper.builder().build();
    }

    @TransactionalEventListener
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void on(NoticeIssued notice) {
        byte[] pdf = notice.letterId() == null ? null : letters.pdfForDelivery(notice.letterId());
        for (Notice.Recipient to : notice.recipients()) {
            NotificationPreferences prefs = store.preferences(to.userId()).orElse(NotificationPreferences.defaults());
            if (!prefs.wants(notice.rule())) {
                store.delivery(notice.noticeId(), to.userId(), "IN_APP", null, "SKIPPED", "Người nhận không chọn loại thông báo này.");
                continue;
            }
            if (prefs.inApp() && store.insertInApp(notice, to.userId())) {
                store.delivery(notice.noticeId(), to.userId(), "IN_APP", to.username(), "SENT", null);
            }
            if (prefs.byEmail() && prefs.email() != null && mail.enabled() && !store.emailed(notice.noticeId(), to.userId())) {
                email(notice, to, prefs.email(), pdf);
            }
        }
        String body = json.writeValueAsString(payload(notice));
        store.enabledEndpoints(notice.agencyId()).forEach(e -> store.queueWebhook(e.id(), notice.noticeId(), body));
        // Pushed after the commit, so that the live count reads the committed rows.
        notice.recipients().forEach(r -> stream.changed(r.username()));
    }

    private void email(NoticeIssued notice, Notice.Recipient to, String address, byte[] pdf) {
        try {
            mail.send(notice, address, to.displayName(), pdf, "phieu-don-doc-" + notice.noticeId() + ".pdf");
            store.delivery(notice.noticeId(), to.userId(), "EMAIL", address, "SENT", null);
        } catch (Exception e) {
            // One unreachable mailbox must not stop the others or the in-app notice; the failure is kept.
            log.warn("E-mail of notice {} to {} failed: {}", notice.noticeId(), address, e.toString());
            store.delivery(notice.noticeId(), to.userId(), "EMAIL", address, "FAILED", e.toString());
        }
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
