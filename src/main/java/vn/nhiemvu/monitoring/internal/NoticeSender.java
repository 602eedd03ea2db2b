package vn.nhiemvu.monitoring.internal;

import java.util.List;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeIssued;

/**
 * Records a notice once and announces it to the channels in the same transaction, so the event publication registry
 * holds the announcement exactly when the notice exists. Each notice has its own transaction: a sweep that fails
 * half-way keeps what it sent, and the next sweep sends the rest.
 */
@Component
class NoticeSender {

    private final JdbcNotices notices;
    private final Accounts accounts;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    NoticeSender(JdbcNotices notices, Accounts accounts, ApplicationEventPublisher events,
            PlatformTransactionManager transactions) {
        this.notices = notices;
        this.accounts = accounts;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        // After a task's commit the caller's resources are still bound: a notice needs a transaction of its own.
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** @return whether the notice was sent now (false: it had been sent before) */
    boolean send(JdbcNotices.Draft draft, Supplier<List<Notice.Recipient>> recipients, Long letterId) {
        Boolean sent = tx.execute(status -> notices.insertOnce(draft).map(id -> {
            List<Notice.Recipient> to = recipients.get();
            notices.insertRecipients(id, to);
            events.publishEvent(new NoticeIssued(id, draft.agencyId(), draft.rule(), draft.title(), draft.body(),
                    draft.link(), draft.taskId(), draft.unitId(), draft.issuedOn(), to, letterId));
            return true;
        }).orElse(false));
        return Boolean.TRUE.equals(sent);
    }

    /** The agency's accounts of the role (only of the unit or leader, when given), as recipients. */
    List<Notice.Recipient> members(long agencyId, Role role, Long unitId, Long leaderId) {
        return accounts.members(agencyId, role, unitId, leaderId).stream().map(NoticeSender::recipient).toList();
    }

    private static Notice.Recipient recipient(CurrentUser user) {
        return new Notice.Recipient(user.id(), user.username(), user.displayName());
    }
}
