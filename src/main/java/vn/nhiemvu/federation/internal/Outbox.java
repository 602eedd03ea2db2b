package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.nhiemvu.federation.FederationLink;

/**
 * Writes a message about a linked task into the outbox, in the caller's transaction: the message exists if and only if
 * the change it tells of was committed. Its sequence number is the link's next one in this direction.
 */
@Component
class Outbox {

    private final JdbcOutbox outbox;
    private final JdbcLinks links;
    private final Wire wire;
    private final Clock clock;
    private final OutboxSender sender;

    Outbox(JdbcOutbox outbox, JdbcLinks links, Wire wire, Clock clock, OutboxSender sender) {
        this.outbox = outbox;
        this.links = links;
        this.wire = wire;
        this.clock = clock;
        this.sender = sender;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String write(FederationLink link, Messages.Type type, Object body) {
        String id = UUID.randomUUID().toString();
        long sequence = links.nextSequenceOut(link.id());
        outbox.add(id, link.peerCode(), type.wire, link.upperTaskId(), link.lowerTaskId(), sequence,
                wire.write(body), clock.instant());
        // Sent right after the commit rather than at the next look at the outbox (the lag a peer sees).
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                sender.wake();
            }
        });
        return id;
    }
}
