package vn.nhiemvu.federation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

import com.nimbusds.jose.jwk.OctetKeyPair;

/**
 * Sends what the outbox holds, woken right after the commit of a transaction that wrote to it and every
 * {@code send-every} besides (for retries and for rows written by another node): each message signed at the attempt
 * (its {@code sentAt} is the attempt's), posted to the peer, done once the peer's receipt verifies with the peer's key;
 * any other answer or none is retried with exponential back-off, without end (the operations view shows the last
 * error). A round's messages are spread over {@code send-workers} threads by peer and task, so one task's messages go
 * one after the other in their order while different tasks' go at once (ADR 0052).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** Messages taken per round. */
    static final int BATCH = 500;
    static final String SIGNATURE_HEADER = "Nhiemvu-Signature";

    private final JdbcOutbox outbox;
    private final PeerDirectory peers;
    private final KeyRing keys;
    private final Wire wire;
    private final FederationProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final HttpClient http;
    private final ExecutorService workers;
    /** One round at a time, so that a task's next message is not posted while its previous one is still under way. */
    private final ReentrantLock round = new ReentrantLock();
    /** A wake-up came: another round is wanted. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    /** A drain is queued or under way on the waker thread. */
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService waker;
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
        this.workers = Executors.newFixedThreadPool(properties.sendWorkers(), named("federation-send-"));
        this.waker = Executors.newSingleThreadExecutor(named("federation-wake-"));
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        schedule = scheduler.scheduleWithFixedDelay(this::wake, properties.sendEvery());
    }

    /**
     * Asks for a round soon, on the waker thread; cheap and never blocking (called after each commit that wrote to the
     * outbox). Wake-ups that come during a round make one more round after it, so none is lost.
     */
    public void wake() {
        wanted.set(true);
        if (draining.compareAndSet(false, true)) {
            try {
                waker.execute(this::drain);
            } catch (RejectedExecutionException e) {
                draining.set(false); // shutting down
            }
        }
    }

    private void drain() {
        try {
            while (wanted.getAndSet(false)) {
                while (sendRound() == BATCH) {
                    // a full round: there may be more due
                }
            }
        } finally {
            draining.set(false);
        }
        if (wanted.get()) {
            wake();
        }
    }

    @EventListener(ContextClosedEvent.class)
    public void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
        waker.shutdownNow();
        workers.shutdownNow();
    }

    /** Sends every message due now; returns how many went. */
    public int sendDue() {
        round.lock();
        try {
            int sent = 0;
            int taken;
            do {
                var due = due();
                taken = due.size();
                sent += send(due);
            } while (taken == BATCH);
            return sent;
        } finally {
            round.unlock();
        }
    }

    /** One round (at most {@value #BATCH} messages); returns how many were looked at. */
    private int sendRound() {
        round.lock();
        try {
            var due = due();
            send(due);
            return due.size();
        } finally {
            round.unlock();
        }
    }

    private List<JdbcOutbox.Row> due() {
        try {
            return outbox.due(clock.instant(), BATCH);
        } catch (RuntimeException e) {
            log.warn("Federation outbox not read: {}", e.toString());
            return List.of();
        }
    }

    /** The rows over the workers, each worker's in their order; returns how many went. */
    private int send(List<JdbcOutbox.Row> due) {
        if (due.isEmpty()) {
            return 0;
        }
        List<Callable<Integer>> parts = new ArrayList<>();
        for (List<JdbcOutbox.Row> part : OutboxPartitions.of(due, properties.sendWorkers())) {
            parts.add(() -> sendInOrder(part));
        }
        int sent = 0;
        try {
            for (Future<Integer> f : workers.invokeAll(parts)) {
                sent += f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | RejectedExecutionException e) {
            log.warn("Federation outbox round failed: {}", e.toString());
        }
        return sent;
    }

    /**
     * One worker's rows, one after the other; after a task's message fails, that task's later ones wait for the next
     * round (sent now, they would only wait at the receiver for the missing one).
     */
    private int sendInOrder(List<JdbcOutbox.Row> rows) {
        int sent = 0;
        Set<String> held = new HashSet<>();
        for (JdbcOutbox.Row row : rows) {
            String task = OutboxPartitions.task(row);
            if (held.contains(task)) {
                continue;
            }
            try {
                if (outbox.claim(row.id(), row.nextAttemptAt(),
                        clock.instant().plus(properties.timeout().multipliedBy(3)))) {
                    if (send(row)) {
                        sent++;
                    } else {
                        held.add(task);
                    }
                } else {
                    held.add(task);
                }
            } catch (RuntimeException e) {
                log.warn("Federation message {} not claimed: {}", row.messageId(), e.toString());
                held.add(task);
            }
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
