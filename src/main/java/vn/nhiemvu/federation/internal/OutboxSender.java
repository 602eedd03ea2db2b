package vn.nhiemvu.federation.internal;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
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
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;


/**
 * Sends what the outbox holds, woken right after the commit of a transaction that wrote to it and every
 * {@code send-every} besides (for retries and for rows written by another node): each message signed at the attempt
 * (its {@code sentAt} is the attempt's), posted to the peer, done once the peer's receipt verifies with the peer's key;
 * any other answer or none is retried with exponential back-off, without end (the operations view shows the last
 * error). A round's messages are spread over {@code send-workers} threads by peer and task, so one task's messages go
 * one after the other in their order while different tasks' go at once (ADR 0052); each worker posts a peer's
 * messages in batches of up to {@code batch-size} under one signature (ADR 0055).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);
    /** Messages taken per round. */
    static final int ROUND = 500;

    private final JdbcOutbox outbox;
    private final PeerClient client;
    private final Wire wire;
    private final FederationProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private final ExecutorService workers;
    /** One round at a time, so that a task's next message is not posted while its previous one is still under way. */
    private final ReentrantLock round = new ReentrantLock();
    /** A wake-up came: another round is wanted. */
    private final AtomicBoolean wanted = new AtomicBoolean();
    /** A drain is queued or under way on the waker thread. */
    private final AtomicBoolean draining = new AtomicBoolean();
    private final ExecutorService waker;
    private ScheduledFuture<?> schedule;
    /** Claims of a request's rows, in one transaction (one commit, not one per row). */
    private final TransactionTemplate claims;
    /** Peers that refused a batch as a whole, sent one message per request until then. */
    private final Map<String, Instant> singlyUntil = new ConcurrentHashMap<>();

    OutboxSender(JdbcOutbox outbox, PeerClient client, Wire wire, FederationProperties properties,
            TaskScheduler scheduler, Clock clock, PlatformTransactionManager transactions) {
        this.claims = new TransactionTemplate(transactions);
        this.outbox = outbox;
        this.client = client;
        this.wire = wire;
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
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
                while (sendRound() == ROUND) {
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
            } while (taken == ROUND);
            return sent;
        } finally {
            round.unlock();
        }
    }

    /** One round (at most {@value #ROUND} messages); returns how many were looked at. */
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
            return outbox.due(clock.instant(), ROUND);
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
     * One worker's rows, in their order, by peer in requests of up to {@code batch-size}; after a task's message
     * failed, that task's later ones wait for the next round (sent now, they would only wait at the receiver for the
     * missing one).
     */
    private int sendInOrder(List<JdbcOutbox.Row> rows) {
        int sent = 0;
        Set<String> held = new HashSet<>();
        Map<String, List<JdbcOutbox.Row>> byPeer = new LinkedHashMap<>();
        rows.forEach(r -> byPeer.computeIfAbsent(r.peerCode(), p -> new ArrayList<>()).add(r));
        for (var peerRows : byPeer.entrySet()) {
            boolean singly = properties.batchSize() == 1 || clock.instant().isBefore(
                    singlyUntil.getOrDefault(peerRows.getKey(), Instant.MIN));
            List<JdbcOutbox.Row> request = new ArrayList<>();
            for (JdbcOutbox.Row row : peerRows.getValue()) {
                if (held.contains(OutboxPartitions.task(row))) {
                    continue;
                }
                request.add(row);
                if (singly || request.size() == properties.batchSize()) {
                    sent += sendClaimed(claim(request, held), singly, held);
                    request.clear();
                }
            }
            if (!request.isEmpty()) {
                sent += sendClaimed(claim(request, held), singly, held);
            }
        }
        return sent;
    }

    /**
     * Takes the rows for an attempt, in one transaction: each pushed to a later next attempt so that another node does
     * not send it meanwhile; those another node took first are left out, their tasks held.
     */
    private List<JdbcOutbox.Row> claim(List<JdbcOutbox.Row> rows, Set<String> held) {
        Instant until = clock.instant().plus(properties.timeout().multipliedBy(3));
        try {
            return claims.execute(status -> {
                List<JdbcOutbox.Row> claimed = new ArrayList<>();
                for (JdbcOutbox.Row row : rows) {
                    if (outbox.claim(row.id(), row.nextAttemptAt(), until)) {
                        claimed.add(row);
                    } else {
                        held.add(OutboxPartitions.task(row));
                    }
                }
                return claimed;
            });
        } catch (RuntimeException e) {
            log.warn("Federation messages not claimed: {}", e.toString());
            rows.forEach(r -> held.add(OutboxPartitions.task(r)));
            return List.of();
        }
    }

    private int sendClaimed(List<JdbcOutbox.Row> rows, boolean singly, Set<String> held) {
        if (rows.isEmpty()) {
            return 0;
        }
        if (singly) {
            int sent = 0;
            for (JdbcOutbox.Row row : rows) {
                if (send(row)) {
                    sent++;
                } else {
                    held.add(OutboxPartitions.task(row));
                }
            }
            return sent;
        }
        return sendBatch(rows, held);
    }

    /**
     * The rows (to one peer) in one signed request; each message done, or failed on its own, as its receipt in the
     * signed answer says. A batch refused as a whole (4xx: a peer of a version without batches, or one that cannot
     * read this one) is sent again one message per request, and so is every message to that peer for
     * {@code longest-retry}.
     */
    private int sendBatch(List<JdbcOutbox.Row> rows, Set<String> held) {
        String peerCode = rows.get(0).peerCode();
        try {
            JdbcPeers.Peer peer = client.peer(peerCode);
            Instant now = clock.instant();
            List<byte[]> envelopes = new ArrayList<>();
            for (JdbcOutbox.Row row : rows) {
                envelopes.add(client.envelope(row, now));
            }
            HttpResponse<byte[]> response = client.post(peer, FederationProtocolController.BATCHES_PATH,
                    wire.batch(envelopes));
            if (response.statusCode() >= 400 && response.statusCode() < 500) {
                log.info("Federation batch refused as a whole by {} (HTTP {}): one message per request for {}",
                        peerCode, response.statusCode(), properties.longestRetry());
                singlyUntil.put(peerCode, now.plus(properties.longestRetry()));
                return sendClaimed(rows, true, held);
            }
            PeerClient.requireOk(response);
            client.verifySignature(peer, response);
            Messages.Receipts answer = wire.readReceipts(response.body());
            Map<String, Messages.BatchReceipt> receipts = new HashMap<>();
            answer.receipts().forEach(r -> receipts.put(r.messageId(), r));
            List<Long> delivered = new ArrayList<>();
            for (JdbcOutbox.Row row : rows) {
                Messages.BatchReceipt receipt = receipts.get(row.messageId());
                if (receipt == null || Messages.BatchReceipt.REFUSED.equals(receipt.outcome())) {
                    fail(row, receipt == null ? "no receipt for it in the batch's answer"
                            : "HTTP " + receipt.status() + " " + receipt.problem() + ": " + receipt.detail());
                    held.add(OutboxPartitions.task(row));
                } else {
                    delivered.add(row.id());
                }
            }
            outbox.sent(delivered, clock.instant());
            return delivered.size();
        } catch (IOException | RuntimeException e) {
            failAll(rows, e.toString(), held);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failAll(rows, "interrupted", held);
        }
        return 0;
    }

    private void failAll(List<JdbcOutbox.Row> rows, String error, Set<String> held) {
        for (JdbcOutbox.Row row : rows) {
            fail(row, error);
            held.add(OutboxPartitions.task(row));
        }
    }

    /** One message alone in a request (a peer without batches). */
    private boolean send(JdbcOutbox.Row row) {
        try {
            JdbcPeers.Peer peer = client.peer(row.peerCode());
            HttpResponse<byte[]> response = client.post(peer, FederationProtocolController.MESSAGES_PATH,
                    client.envelope(row, clock.instant()));
            PeerClient.requireOk(response);
            client.verifyReceipt(peer, row, response);
            outbox.sent(List.of(row.id()), clock.instant());
            return true;
        } catch (IOException | RuntimeException e) {
            fail(row, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(row, "interrupted");
        }
        return false;
    }

    private void fail(JdbcOutbox.Row row, String error) {
        int attempts = row.attempts() + 1;
        Instant next = clock.instant().plus(properties.retryAfter(attempts));
        outbox.failed(row.id(), attempts, next, error);
        log.info("Federation message {} to {} not delivered (attempt {}), next at {}: {}", row.messageId(),
                row.peerCode(), attempts, next, error);
    }
}
