package vn.nhiemvu.federation.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import com.nimbusds.jose.jwk.OctetKeyPair;

import vn.nhiemvu.federation.FederationLink;
import vn.nhiemvu.federation.FederationLink.Direction;
import tools.jackson.databind.JsonNode;
import vn.nhiemvu.shared.ConflictException;
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
    /** One message of a batch: a savepoint in the batch's transaction. */
    private final TransactionTemplate savepoint;

    Inbound(PeerDirectory peers, KeyRing keys, Wire wire, JdbcInbox inbox, JdbcLinks links, Applier applier,
            FederationProperties properties, Clock clock, PlatformTransactionManager transactions) {
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
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
        Instant now = clock.instant();
        String outcome = take(e, signer, new String(bytes, StandardCharsets.UTF_8), now);
        return signed(wire.write(new Messages.Receipt(e.id(), peers.ownCode(), outcome, now)));
    }

    /** A batch's answer, and its messages refused one by one (to be kept after the batch's transaction). */
    record BatchAnswer(Signed receipts, List<Refused> refused) {
    }

    /** A message of a batch, as received, and why it was refused. */
    record Refused(byte[] envelope, RuntimeException why) {
    }

    /**
     * Several messages under one signature, in one transaction: each taken as if it had come alone, in the batch's
     * order, inside a savepoint, so that one refused (its savepoint rolled back) leaves the others applied. A
     * refusal of the batch itself (signature, schema of the batch) refuses them all.
     */
    @Transactional
    public BatchAnswer receiveBatch(byte[] bytes, String signature) {
        String signer = verifiedSender(bytes, signature);
        Messages.Batch batch = wire.readBatch(bytes);
        Instant now = clock.instant();
        List<Messages.BatchReceipt> receipts = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        for (JsonNode message : batch.messages()) {
            String text = wire.write(message);
            try {
                receipts.add(savepoint.execute(status -> {
                    Messages.Envelope e = wire.readEnvelope(message);
                    return Messages.BatchReceipt.of(e.id(), take(e, signer, text, now));
                }));
            } catch (RuntimeException why) {
                JsonNode id = message.get("id");
                receipts.add(new Messages.BatchReceipt(id != null && id.isString() ? id.asString() : null,
                        Messages.BatchReceipt.REFUSED, Rejects.status(why), Rejects.problem(why), Rejects.detail(why)));
                refused.add(new Refused(text.getBytes(StandardCharsets.UTF_8), why));
            }
        }
        return new BatchAnswer(signed(wire.write(new Messages.Receipts(peers.ownCode(), now, receipts))), refused);
    }

    private Signed signed(String answer) {
        byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
        return new Signed(bytes, Signatures.sign(bytes, keys.current()));
    }

    /** One message whose signature verified, signed by {@code signer}: checked, recorded, applied when its turn. */
    private String take(Messages.Envelope e, String signer, String text, Instant now) {
        if (!signer.equals(e.sender())) {
            throw new Signatures.Refused(Message.of("federation.refused.other-signer", e.sender(), signer), false);
        }
        if (!peers.ownCode().equals(e.receiver())) {
            throw InvalidInputException.of("receiver",
                    Message.of("invalid.federation.receiver.other-agency", e.receiver(), peers.ownCode()));
        }
        if (Duration.between(e.sentAt(), now).abs().compareTo(properties.clockSkew()) > 0) {
            throw InvalidInputException.of("sentAt", Message.of("invalid.federation.sent-at.clock-skew",
                    String.valueOf(e.sentAt()), properties.clockSkew().toMinutes(), String.valueOf(now)));
        }
        Messages.Type type = Messages.Type.of(e.type()).orElseThrow();
        // Down messages are about a task the peer assigned to us (INCOMING here); up ones about a task we assigned.
        Direction direction = type.down ? Direction.INCOMING : Direction.OUTGOING;
        Optional<FederationLink> link = links.find(direction, e.sender(), e.taskRef().upperId());
        if (!type.down && link.isEmpty()) {
            throw new NotFoundException(
                    Message.of("notfound.federation.task.unknown", e.taskRef().upperId(), e.sender()));
        }
        if (!inbox.add(e, direction.name(), text, now)) {
            return Messages.Receipt.DUPLICATE;
        }
        return applyInSequence(e, direction, link, now);
    }

    private String applyInSequence(Messages.Envelope arrived, Direction direction, Optional<FederationLink> link,
            Instant now) {
        String sender = arrived.sender();
        String upper = arrived.taskRef().upperId();
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
                long linkId = apply(arrived, arrived.id(), link.orElse(null), now);
                // Then those that came early and waited for this one, in order (rarely any: a task's messages are sent
                // in their order, one worker per task).
                var waiting = new TreeSet<>(inbox.waiting(sender, direction.name(), upper));
                for (long sequence : Sequencing.applicable(arrived.sequence(), waiting)) {
                    var message = inbox.waitingAt(sender, direction.name(), upper, sequence).orElseThrow();
                    linkId = apply(wire.readEnvelope(message.envelope().getBytes(StandardCharsets.UTF_8)),
                            message.messageId(), links.find(linkId).orElseThrow(), now);
                }
                return Messages.Receipt.APPLIED;
            }
            default -> throw new IllegalStateException();
        }
    }

    /** Applies the message whose turn it is (to its link, null before the assignment); the link's id. */
    private long apply(Messages.Envelope e, String messageId, FederationLink link, Instant now) {
        long linkId = applier.apply(e, link);
        if (!links.applied(linkId, e.sequence() - 1, e.sequence())) {
            throw new ConflictException(ConflictException.Kind.STATE,
                    Message.of("conflict.federation.message.applying", e.sequence()));
        }
        inbox.applied(messageId, now);
        return linkId;
    }
}
