package vn.nhiemvu.federation.internal;

import java.time.Clock;

import org.springframework.stereotype.Component;

import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationLink.Status;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Message;

/**
 * What each message does here, once it is its turn. A task received from above waits for the Office (its inbox says
 * so) to accept or return it; what comes up from below is kept as the status of our task sent down.
 */
@Component
class Applier {

    private final JdbcLinks links;
    private final PeerDirectory peers;
    private final Wire wire;
    private final Clock clock;

    Applier(JdbcLinks links, PeerDirectory peers, Wire wire, Clock clock) {
        this.links = links;
        this.peers = peers;
        this.wire = wire;
        this.clock = clock;
    }

    /** Applies the message to the link (null: none yet); returns the link's id. */
    long apply(Messages.Envelope e, FederationLink link) {
        Messages.Type type = Messages.Type.of(e.type()).orElseThrow();
        if (type == Messages.Type.TASK_ASSIGNED) {
            if (link != null) {
                throw new ConflictException(ConflictException.Kind.STATE,
                        Message.of("conflict.federation.task.assigned", e.taskRef().upperId()));
            }
            Messages.Assigned assigned = wire.body(e, Messages.Assigned.class);
            return links.insert(Direction.INCOMING, e.sender(), peers.ownAgencyId(), e.taskRef().upperId(), null,
                    assigned, wire.write(assigned), Status.WAITING, clock.instant());
        }
        if (link == null) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.federation.message.early", e.type()));
        }
        switch (type) {
            case TASK_RECEIVED -> {
                Messages.Received r = wire.body(e, Messages.Received.class);
                if (e.taskRef().lowerId() != null) {
                    links.lowerTaskId(link.id(), e.taskRef().lowerId());
                }
                boolean accepted = "accepted".equals(r.decision());
                links.status(link.id(), accepted ? Status.ACCEPTED : Status.RETURNED, r.reason(), null, null,
                        clock.instant());
            }
            case TASK_PROGRESS -> {
                Messages.Progress p = wire.body(e, Messages.Progress.class);
                links.status(link.id(), Status.IN_PROGRESS, p.note(), p.percent(), null, clock.instant());
            }
            case TASK_COMPLETED -> {
                Messages.Completed c = wire.body(e, Messages.Completed.class);
                links.status(link.id(), Status.COMPLETED, c.note(), 100, c.completedOn(), clock.instant());
            }
            default -> throw new IllegalStateException(type.wire);
        }
        return link.id();
    }
}
