package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

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

    Outbox(JdbcOutbox outbox, JdbcLinks links, Wire wire, Clock clock) {
        this.outbox = outbox;
        this.links = links;
        this.wire = wire;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String write(FederationLink link, Messages.Type type, Object body) {
        String id = UUID.randomUUID().toString();
        long sequence = links.nextSequenceOut(link.id());
        outbox.add(id, link.peerCode(), type.wire, link.upperTaskId(), link.lowerTaskId(), sequence,
                wire.write(body), clock.instant());
        return id;
    }
}
