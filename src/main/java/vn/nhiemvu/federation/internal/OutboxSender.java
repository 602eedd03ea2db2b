package vn.nhiemvu.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.OctetKeyPair;

/**
 * Sends what the outbox holds, every {@code send-every}: each message signed at the attempt (its {@code sentAt} is
 * the attempt's), posted to the peer, done once the peer's receipt verifies with the peer's key; any other answer or
 * none is retried with exponential back-off, without end (the operations view shows the last error).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    static final String SIGNATURE_HEADER = "Nhiemvu-Signature";

    private final JdbcOutbox outbox;
    private final PeerDirectory peers;
    private final KeyRing keys;
    private final Wire wire;
    private final FederationProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final HttpClient http;
    private ScheduledFuture<?> schedule;

    OutboxSender(JdbcOutbox outbox, PeerDirectory peers, KeyRing keys, Wire wire, FederationProperties properties,
            TaskScheduler scheduler, Clock clock) {
        this.outbox = outbox;
        this.peers = peers;
        this.keys = keys;
        this.wire = wire;
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(properties.timeout()).build();
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::sendDue, properties.sendEvery());
    }

    @EventListener(ContextClosedEvent.class)
    public void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Sends every message due now; returns how many went. */
    public int sendDue() {
        int sent = 0;
        try {
            for (JdbcOutbox.Row row : outbox.due(clock.instant(), 100)) {
                if (outbox.claim(row.id(), row.nextAttemptAt(), clock.instant().plus(properties.timeout().multipliedBy(3)))
                        && send(row)) {
                    sent++;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Federation outbox not read: {}", e.toString());
        }
        return sent;
    }

    private boolean send(JdbcOutbox.Row row) {
        try {
            JdbcPeers.Peer peer = peers.find(row.peerCode())
                    .orElseThrow(() -> new IllegalStateException("no peer " + row.peerCode()));
            Instant now = clock.instant();
            var envelope = new Messages.Envelope(Messages.VERSION, row.messageId(), row.type(), peers.ownCode(),
                    row.peerCode(), new Messages.TaskRef(row.upperTaskId(), row.lowerTaskId()), row.sequence(), now,
                    wire.read(row.body(), tools.jackson.databind.JsonNode.class));
            byte[] bytes = wire.envelope(envelope);
            OctetKeyPair key = keys.current();
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(peer.baseUrl()
                    + "/api/v1/federation/messages")).timeout(properties.timeout())
                    .header("Content-Type", "application/json").header(SIGNATURE_HEADER, Signatures.sign(bytes, key))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200 && response.statusCode() != 202) {
                throw new IllegalStateException("HTTP " + response.statusCode() + ": "
                        + new String(response.body(), java.nio.charset.StandardCharsets.UTF_8));
            }
            verifyReceipt(peer, row, response);
            outbox.sent(row.id(), clock.instant());
            return true;
        } catch (IOException | RuntimeException e) {
            fail(row, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(row, "interrupted");
        }
        return false;
    }

    private void verifyReceipt(JdbcPeers.Peer peer, JdbcOutbox.Row row, HttpResponse<byte[]> response) {
        String signature = response.headers().firstValue(SIGNATURE_HEADER).orElse(null);
        Signatures.verify(signature, response.body(), kid -> keyOf(peer, kid));
        Messages.Receipt receipt = wire.readReceipt(response.body());
        if (!row.messageId().equals(receipt.messageId())) {
            throw new IllegalStateException("the receipt is for " + receipt.messageId());
        }
    }

    private Optional<OctetKeyPair> keyOf(JdbcPeers.Peer peer, String kid) {
        Optional<OctetKeyPair> key = find(peer.publicKeys(), kid);
        if (key.isEmpty() && peers.refreshKeys(peer.agencyCode())) {
            return peers.find(peer.agencyCode()).flatMap(p -> find(p.publicKeys(), kid));
        }
        return key;
    }

    private static Optional<OctetKeyPair> find(String set, String kid) {
        try {
            return Keys.publicKeys(set).stream().filter(k -> kid.equals(k.getKeyID())).findFirst();
        } catch (ParseException e) {
            return Optional.empty();
        }
    }

    private void fail(JdbcOutbox.Row row, String error) {
        int attempts = row.attempts() + 1;
        Instant next = clock.instant().plus(properties.retryAfter(attempts));
        outbox.failed(row.id(), attempts, next, error);
        log.info("Federation message {} to {} not delivered (attempt {}), next at {}: {}", row.messageId(),
                row.peerCode(), attempts, next, error);
    }
}
