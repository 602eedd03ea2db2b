package vn.nhiemvu.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeIssued;
import vn.nhiemvu.monitoring.UrgingLetters;
import vn.nhiemvu.notification.NotificationPreferences;

/**
 * E-mails each recorded notice to the recipients who chose e-mail, after the notice commits, on a thread of its own:
 * a slow mail server never holds a request or its database connection. The event publication registry keeps the
 * notice's announcement until this has run, so a crash in between sends it on restart; a message already sent to a
 * recipient is not sent again. Only when an SMTP host is configured.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcNotifications store;
    private final MailChannel mail;
    private final UrgingLetters letters;

    MailDispatcher(JdbcNotifications store, MailChannel mail, UrgingLetters letters) {
        this.store = store;
        this.mail = mail;
        this.letters = letters;
    }

    @ApplicationModuleListener
    void on(NoticeIssued notice) {
        byte[] pdf = null;
        for (Notice.Recipient to : notice.recipients()) {
            NotificationPreferences prefs = store.preferences(to.userId()).orElse(NotificationPreferences.defaults());
            if (prefs.wants(notice.rule()) && prefs.byEmail() && prefs.email() != null && mail.enabled()
                    && !store.emailed(notice.noticeId(), to.userId())) {
                if (pdf == null && notice.letterId() != null) {
                    pdf = letters.pdfForDelivery(notice.letterId());
                }
                send(notice, to, prefs.email(), pdf);
            }
        }
    }

    private void send(NoticeIssued notice, Notice.Recipient to, String address, byte[] pdf) {
        try {
            mail.send(notice, address, to.displayName(), pdf, "phieu-don-doc-" + notice.noticeId() + ".pdf");
            store.delivery(notice.noticeId(), to.userId(), "EMAIL", address, "SENT", null);
        } catch (Exception e) {
            // One unreachable mailbox must not stop the others or the in-app notice; the failure is kept.
            log.warn("E-mail of notice {} to {} failed: {}", notice.noticeId(), address, e.toString());
            store.delivery(notice.noticeId(), to.userId(), "EMAIL", address, "FAILED", e.toString());
        }
    }
}
