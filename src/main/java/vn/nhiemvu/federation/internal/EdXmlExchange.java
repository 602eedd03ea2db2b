package vn.nhiemvu.federation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.federation.Federation;
import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.federation.FederationPermissions;
import vn.nhiemvu.federation.FederationPermissions.Action;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * The assignment of a linked task as an edXML packet (export), and an edXML packet read into the {@code task.assigned}
 * envelope it carries (import, checked against the published schemas; not applied: an edXML packet carries no
 * signature this side verifies, so it goes through the signed door or the Office, not around them).
 */
@Component
class EdXmlExchange {

    private final Federation federation;
    private final JdbcLinks links;
    private final PeerDirectory peers;
    private final Wire wire;
    private final JdbcOutbox outbox;
    private final JdbcInbox inbox;

    EdXmlExchange(Federation federation, JdbcLinks links, PeerDirectory peers, Wire wire, JdbcOutbox outbox,
            JdbcInbox inbox) {
        this.federation = federation;
        this.links = links;
        this.peers = peers;
        this.wire = wire;
        this.outbox = outbox;
        this.inbox = inbox;
    }

    /** A message's id and when it was written (outbox) or received (inbox). */
    record Sent(String messageId, Instant at) {
    }

    /** The link's {@code task.assigned} as sent (outgoing) or received (incoming), as edXML. */
    @Transactional(readOnly = true)
    public String export(CurrentUser user, long linkId) {
        FederationLink link = federation.links(user, null).stream().filter(l -> l.id() == linkId).findFirst()
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.federation.link.unknown", linkId)));
        boolean outgoing = link.direction() == Direction.OUTGOING;
        // The message as it went: its id, and when it was written (sent) or received.
        Sent sent = outgoing ? outbox.assignment(link.peerCode(), link.upperTaskId())
                : inbox.assignment(link.peerCode(), link.upperTaskId());
        String own = peers.ownCode();
        return EdXml.write(new EdXml.Assignment(sent.messageId(), outgoing ? own : link.peerCode(),
                outgoing ? link.peerCode() : own, link.upperTaskId(), 1, sent.at(),
                wire.read(links.assignment(linkId), Messages.Assigned.class)));
    }

    /** The {@code task.assigned} envelope the packet carries, as JSON that keeps the published schemas. */
    String toEnvelope(CurrentUser user, String xml) {
        FederationPermissions.POLICY.checkAny(user, Action.ANSWER);
        EdXml.Assignment a = EdXml.read(xml);
        var envelope = new Messages.Envelope(Messages.VERSION, a.id(), Messages.Type.TASK_ASSIGNED.wire, a.sender(),
                a.receiver(), new Messages.TaskRef(a.upperId(), null), a.sequence(), a.sentAt(), wire.tree(a.body()));
        byte[] bytes = wire.write(envelope).getBytes(StandardCharsets.UTF_8);
        wire.readEnvelope(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
