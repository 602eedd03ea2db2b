package vn.nhiemvu.monitoring.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import vn.nhiemvu.monitoring.NoticesIssued;

/**
 * Records notices once and announces them to the channels in the same transaction, so the channels' rows (and the
 * event publication registry's, for the asynchronous ones) exist exactly when the notices do. Each page of a sweep's
 * notices has its own transaction: a sweep that fails half-way keeps what it sent, and the next sweep sends the rest.
 * A task's own notices join the task's transaction under a savepoint.
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
        // Inside a task's change: a savepoint on the change's own connection, so a failure here does not undo it.
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** A notice to record, with its recipients, asked for only if it is recorded now. */
    record Outgoing(JdbcNotices.Draft draft, Supplier<List<Notice.Recipient>> recipients, Long letterId) {
    }

    /** @return whether the notice was sent now (false: it had been sent before) */
    boolean send(JdbcNotices.Draft draft, Supplier<List<Notice.Recipient>> recipients, Long letterId) {
        return sendAll(List.of(new Outgoing(draft, recipients, letterId))) == 1;
    }

    /**
     * Records and announces the notices in one transaction (a sweep's page: one commit, not one per notice), each
     * still only if its key is new, so a concurrent sweep's notices are skipped, not sent twice. The notices, their
     * recipients and the channels' rows each go to the database as one batch: the channels get the whole lot at once
     * ({@link NoticesIssued}), and each notice alone for those that work after the commit.
     *
     * @return how many were sent now
     */
    int sendAll(List<Outgoing> outgoing) {
        if (outgoing.isEmpty()) {
            return 0;
        }
        Integer sent = tx.execute(status -> {
            List<Long> ids = notices.insertAll(outgoing.stream().map(Outgoing::draft).toList());
            var recipients = new LinkedHashMap<Long, List<Notice.Recipient>>();
            var issued = new ArrayList<NoticeIssued>();
            for (int i = 0; i < ids.size(); i++) {
                Long id = ids.get(i);
                if (id != null) {
                    Outgoing o = outgoing.get(i);
                    JdbcNotices.Draft draft = o.draft();
                    List<Notice.Recipient> to = o.recipients().get();
                    recipients.put(id, to);
                    issued.add(new NoticeIssued(id, draft.agencyId(), draft.rule(), draft.title(), draft.body(),
                            draft.link(), draft.taskId(), draft.unitId(), draft.issuedOn(), to, o.letterId()));
                }
            }
            if (!issued.isEmpty()) {
                notices.insertRecipients(recipients);
                events.publishEvent(new NoticesIssued(issued));
                issued.forEach(events::publishEvent);
            }
            return issued.size();
        });
        return sent == null ? 0 : sent;
    }

    /** The agency's accounts of the role (only of the unit or leader, when given), as recipients. */
    List<Notice.Recipient> members(long agencyId, Role role, Long unitId, Long leaderId) {
        return accounts.members(agencyId, role, unitId, leaderId).stream().map(NoticeSender::recipient).toList();
    }

    private static Notice.Recipient recipient(CurrentUser user) {
        return new Notice.Recipient(user.id(), user.username(), user.displayName());
    }
}
