package vn.nhiemvu.notification.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.Async;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeIssued;
import vn.nhiemvu.monitoring.UrgingLetters;
import vn.nhiemvu.notification.NotificationPreferences;

/**
 * E-mails each recorded notice to the recipients who chose e-mail, after the notice commits, on a thread of its own:
 * a slow mail server never holds a request or its database connection. The event publication registry keeps the
 * notice's announcement until this has run, so a crash in between sends it on restart; a message already sent to a
 * recipient is not sent again. A message the mail server refused fails the run, so the announcement stays FAILED and
 * is resubmitted with the others (ADR 0032) until it goes through or has failed the configured number of times.
 * Only when an SMTP host is configured.
 */
@Component
@ConditionalOnProperty(name = "spring.mail.host")
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final JdbcNotifications store;
    private final MailChannel mail;
    private final UrgingLetters letters;
    private final int maxAttempts;

    MailDispatcher(JdbcNotifications store, MailChannel mail, UrgingLetters letters, NotificationProperties settings) {
        this.store = store;
        this.mail = mail;
        this.letters = letters;
        this.maxAttempts = settings.mail().maxAttempts();
    }

    /**
     * Asynchronous after the commit like an {@code @ApplicationModuleListener}, but without a transaction of its own:
     * each delivery row commits as it is written, so a failed run keeps the messages it sent and its failures (the
     * count of attempts) when it throws to leave the announcement FAILED.
     */
    @Async
    @TransactionalEventListener
    void on(NoticeIssued notice) {
        byte[] pdf = null;
        int failed = 0;
        for (Notice.Recipient to : notice.recipients()) {
            NotificationPreferences prefs = store.preferences(to.userId()).orElse(NotificationPreferences.defaults());
            if (!prefs.wants(notice.rule()) || !prefs.byEmail() || prefs.email() == null || !mail.enabled()) {
                continue;
            }
            var attempts = store.emailAttempts(notice.noticeId(), to.userId());
            if (attempts.sent() || attempts.failures() >= maxAttempts) {
                continue;
            }
            if (pdf == null && notice.letterId() != null) {
                pdf = letters.pdfForDelivery(notice.letterId());
            }
            failed += send(notice, to, prefs.email(), pdf, attempts.failures() + 1) ? 0 : 1;
        }
        if (failed > 0) {
            throw new MailNotSent(notice.noticeId(), failed);
        }
    }

    /** @return whether the mail server took the message */
    private boolean send(NoticeIssued notice, Notice.Recipient to, String address, byte[] pdf, int attempt) {
        try {
            mail.send(notice, address, to.displayName(), pdf, "phieu-don-doc-" + notice.noticeId() + ".pdf");
            store.delivery(notice.noticeId(), to.userId(), "EMAIL", address, "SENT", null);
            return true;
        } catch (Exception e) {
            // One unreachable mailbox must not stop the others or the in-app notice; the failure is kept.
            log.warn("E-mail of notice {} to {} failed (attempt {} of {}): {}", notice.noticeId(), address, attempt,
                    maxAttempts, e.toString());
            store.delivery(notice.noticeId(), to.userId(), "EMAIL", address, "FAILED", e.toString());
            return false;
        }
    }

    /** Keeps the notice's announcement FAILED in the registry, so that it is resubmitted. */
    static final class MailNotSent extends RuntimeException {
        MailNotSent(long noticeId, int failed) {
            super("E-mail of notice " + noticeId + " failed for " + failed + " recipient(s); it will be sent again");
        }
    }
}
