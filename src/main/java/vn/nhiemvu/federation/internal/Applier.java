package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationLink.Status;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.GuidanceRequest;

/**
 * What each message does here, once it is its turn. A task received from above waits for the Office (its inbox says
 * so) to accept or return it; what comes up from below is kept as the status of our task sent down.
 */
@Component
class Applier {

    /** Evidence carries no date of its own: the day it was sent, where the agencies are. */
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private final JdbcLinks links;
    private final PeerDirectory peers;
    private final Wire wire;
    private final JdbcHistory history;
    private final Clock clock;
    private final AppliedHere here;

    Applier(JdbcLinks links, PeerDirectory peers, Wire wire, JdbcHistory history, Clock clock, AppliedHere here) {
        this.here = here;
        this.links = links;
        this.peers = peers;
        this.wire = wire;
        this.history = history;
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
            case TASK_EXTENSION_REQUESTED -> {
                Messages.ExtensionRequested r = wire.body(e, Messages.ExtensionRequested.class);
                kept(link, type, r.requestId(), r.requestedOn(), e);
            }
            case TASK_EXTENSION_DECIDED -> {
                Messages.ExtensionDecided d = wire.body(e, Messages.ExtensionDecided.class);
                kept(link, type, d.requestId(), d.decidedOn(), e);
                boolean approved = Messages.ExtensionDecided.APPROVED.equals(d.decision());
                here.decided(link, d.requestId(), approved ? GuidanceRequest.Decision.APPROVE
                        : GuidanceRequest.Decision.REJECT, approved ? d.deadline() : null, d.note(), d.decidedOn());
            }
            case TASK_CHANGED -> {
                Messages.Changed c = wire.body(e, Messages.Changed.class);
                links.changed(link.id(), c);
                kept(link, type, null, c.changedOn(), e);
                here.changed(link, c);
            }
            case TASK_GUIDANCE_REQUESTED -> {
                Messages.GuidanceRequested r = wire.body(e, Messages.GuidanceRequested.class);
                kept(link, type, r.requestId(), r.requestedOn(), e);
            }
            case TASK_GUIDANCE_ANSWERED -> {
                Messages.GuidanceAnswered a = wire.body(e, Messages.GuidanceAnswered.class);
                kept(link, type, a.requestId(), a.answeredOn(), e);
                here.decided(link, a.requestId(), Messages.GuidanceAnswered.ANSWERED.equals(a.decision())
                        ? GuidanceRequest.Decision.ANSWER : GuidanceRequest.Decision.REJECT, null, a.answer(),
                        a.answeredOn());
            }
            case TASK_URGED -> kept(link, type, null, wire.body(e, Messages.Urged.class).urgedOn(), e);
            case TASK_REOPENED -> {
                Messages.Reopened r = wire.body(e, Messages.Reopened.class);
                links.status(link.id(), Status.IN_PROGRESS, r.reason(), null, null, clock.instant());
                kept(link, type, null, r.reopenedOn(), e);
            }
            case TASK_EVIDENCE -> kept(link, type, null, LocalDate.ofInstant(e.sentAt(), ZONE), e);
            default -> throw new IllegalStateException(type.wire);
        }
        return link.id();
    }

    /** Said about the task: kept in its history as received. */
    private void kept(FederationLink link, Messages.Type type, String requestId, LocalDate on, Messages.Envelope e) {
        history.add(link.id(), type, false, requestId, on, wire.write(e.body()), clock.instant());
    }
}
