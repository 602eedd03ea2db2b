package vn.nhiemvu.federation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.jwk.OctetKeyPair;

import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * Receives a message from a peer: the signature verified with the key of the peer that owns it (and that peer must be
 * the sender), the envelope checked against the schemas, addressed to this installation and sent within the clock-skew
 * window; recorded by id (a second delivery answers "duplicate" and changes nothing); applied in the per-task sequence
 * (after a gap it waits, and is applied when the missing one arrives). The answer is a receipt signed by this side.
 */
@Service
class Inbound {

    private final PeerDirectory peers;
    private final KeyRing keys;
    private final Wire wire;
    private final JdbcInbox inbox;
    private final JdbcLinks links;
    private final Applier applier;
    private final FederationProperties properties;
    private final Clock clock;

    Inbound(PeerDirectory peers, KeyRing keys, Wire wire, JdbcInbox inbox, JdbcLinks links, Applier applier,
            FederationProperties properties, Clock clock) {
        this.peers = peers;
        this.keys = keys;
        this.wire = wire;
        this.inbox = inbox;
        this.links = links;
        this.applier = applier;
        this.properties = properties;
        this.clock = clock;
    }

    /** The receipt as sent and its detached signature. */
    record Signed(byte[] body, String signature) {
    }

    /** Who signed: the peer that owns the key (found again after a refresh of the claimed sender's keys). */
    String verifiedSender(byte[] bytes, String signature) {
        String[] owner = new String[1];
        Signatures.verify(signature, bytes, kid -> ownerKey(kid, bytes, owner));
        return owner[0];
    }

    private Optional<OctetKeyPair> ownerKey(String kid, byte[] bytes, String[] owner) {
        Optional<PeerDirectory.Owned> found = peers.owner(kid);
        if (found.isEmpty()) {
            // Perhaps the peer rotated its key: ask the claimed sender's configured address (never one the message
            // gives) for its keys again.
            claimedSender(bytes).filter(peers::refreshKeys).ifPresent(code -> { });
            found = peers.owner(kid);
        }
        found.ifPresent(o -> owner[0] = o.peer().agencyCode());
        return found.map(PeerDirectory.Owned::key);
    }

    private Optional<String> claimedSender(byte[] bytes) {
        try {
            return Optional.ofNullable(wire.read(new String(bytes, StandardCharsets.UTF_8),
                    tools.jackson.databind.JsonNode.class).get("sender")).map(n -> n.asString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    @Transactional
    public Signed receive(byte[] bytes, String signature) {
        String signer = verifiedSender(bytes, signature);
        Messages.Envelope e = wire.readEnvelope(bytes);
        if (!signer.equals(e.sender())) {
            throw new Signatures.Refused(Message.of("federation.refused.other-signer", e.sender(), signer), false);
        }
        if (!peers.ownCode().equals(e.receiver())) {
            throw InvalidInputException.of("receiver",
                    Message.of("invalid.federation.receiver.other-agency", e.receiver(), peers.ownCode()));
        }
        Instant now = clock.instant();
        if (Duration.between(e.sentAt(), now).abs().compareTo(properties.clockSkew()) > 0) {
            throw InvalidInputException.of("sentAt", Message.of("invalid.federation.sent-at.clock-skew",
                    String.valueOf(e.sentAt()), properties.clockSkew().toMinutes(), String.valueOf(now)));
        }
        Messages.Type type = Messages.Type.of(e.type()).orElseThrow();
        // Down messages are about a task the peer assigned to us (INCOMING here); up ones about a task we assigned.
        Direction direction = type.down ? Direction.INCOMING : Direction.OUTGOING;
        if (!type.down && links.find(direction, e.sender(), e.taskRef().upperId()).isEmpty()) {
            throw new NotFoundException(
                    Message.of("notfound.federation.task.unknown", e.taskRef().upperId(), e.sender()));
        }
        String outcome;
        if (!inbox.add(e, direction.name(), new String(bytes, StandardCharsets.UTF_8), now)) {
            outcome = Messages.Receipt.DUPLICATE;
        } else {
            outcome = applyInSequence(e, direction, now);
        }
        byte[] receipt = wire.write(new Messages.Receipt(e.id(), peers.ownCode(), outcome, now))
                .getBytes(StandardCharsets.UTF_8);
        return new Signed(receipt, Signatures.sign(receipt, keys.current()));
    }

    private String applyInSequence(Messages.Envelope arrived, Direction direction, Instant now) {
        String sender = arrived.sender();
        String upper = arrived.taskRef().upperId();
        Optional<FederationLink> link = links.find(direction, sender, upper);
        long last = link.map(l -> links.lastSequenceIn(l.id())).orElse(0L);
        switch (Sequencing.arrival(last, arrived.sequence())) {
            case STALE -> {
                inbox.skipped(arrived.id(), now);
                return Messages.Receipt.DUPLICATE;
            }
            case EARLY -> {
                return Messages.Receipt.WAITING;
            }
            case NEXT -> {
                var waiting = new TreeSet<>(inbox.waiting(sender, direction.name(), upper));
                for (long sequence : Sequencing.applicable(last, waiting)) {
                    var message = inbox.waitingAt(sender, direction.name(), upper, sequence).orElseThrow();
                    Messages.Envelope e = wire.readEnvelope(message.envelope().getBytes(StandardCharsets.UTF_8));
                    long linkId = applier.apply(e, link.orElse(null));
                    link = links.find(linkId);
                    if (!links.applied(linkId, sequence - 1, sequence)) {
                        throw new vn.nhiemvu.shared.ConflictException(vn.nhiemvu.shared.ConflictException.Kind.STATE,
                                vn.nhiemvu.shared.Message.of("conflict.federation.message.applying", sequence));
                    }
                    inbox.applied(message.messageId(), now);
                }
                return Messages.Receipt.APPLIED;
            }
            default -> throw new IllegalStateException();
        }
    }
}
