package vn.nhiemvu.cluster.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.shared.AfterCommit;

/**
 * Signals between the nodes through PostgreSQL's LISTEN/NOTIFY on one channel, {@value #CHANNEL}. Each node listens
 * on a connection of its own (not from the pool: it waits in {@code getNotifications} all the time), opened again
 * after a failure; the subscribers then hear "missed". A signal reaches this node's subscribers directly after the
 * commit and the other nodes through NOTIFY; a node ignores its own NOTIFYs by the node id in the envelope
 * ({@code node \n channel \n payload}).
 * <p>
 * {@link #publish} queues the signal after the commit and one sender thread NOTIFYs what has queued, identical
 * signals once, in a transaction of its own: a NOTIFY inside the request's transaction would make its commit take
 * PostgreSQL's notification lock, one commit at a time across the database (ADR 0019).
 */
final class PostgresSignals extends LocalSignals implements SmartLifecycle {

    static final String CHANNEL = "nhiemvu_cluster";
    private static final Logger log = LoggerFactory.getLogger(PostgresSignals.class);
    private static final int POLL_MILLIS = 500;
    private static final long CHECK_EVERY_MILLIS = 10_000;
    private static final long RETRY_MILLIS = 1_000;
    private static final int MAX_QUEUED = 10_000;

    /** A connection for listening, outside the pool. */
    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final String node = UUID.randomUUID().toString();
    private final BlockingQueue<String> outbox = new LinkedBlockingQueue<>(MAX_QUEUED);
    private volatile boolean running;
    private volatile boolean listening;
    private Thread listener;
    private Thread sender;

    PostgresSignals(Connector connector, JdbcClient jdbc, TransactionTemplate transactions) {
        this.connector = connector;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    @Override
    public void publish(String channel, String payload) {
        check(channel, payload);
        AfterCommit.run(() -> {
            deliver(channel, payload);
            if (!outbox.offer(envelope(channel, payload))) {
                log.warn("Cluster signal {} {} dropped: {} signals wait to be sent", channel, payload, MAX_QUEUED);
            }
        });
    }

    @Override
    public void publishWithCommit(String channel, String payload) {
        check(channel, payload);
        // In a transaction, PostgreSQL delivers the NOTIFY when it commits, and drops it on a rollback.
        notifyOthers(envelope(channel, payload));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            AfterCommit.run(() -> deliver(channel, payload));
        } else {
            deliver(channel, payload);
        }
    }

    private String envelope(String channel, String payload) {
        return node + "\n" + channel + "\n" + payload;
    }

    private void notifyOthers(String envelope) {
        jdbc.sql("select pg_notify(:channel, :payload)").param("channel", CHANNEL).param("payload", envelope)
                .query(rs -> { });
    }

    /** True once the listening connection is up (for tests and start-up waits). */
    boolean listening() {
        return listening;
    }

    private void send() {
        while (running) {
            try {
                String first = outbox.poll(1, TimeUnit.SECONDS);
                if (first == null) {
                    continue;
                }
                Set<String> batch = new LinkedHashSet<>();
                batch.add(first);
                outbox.drainTo(batch, 500);
                transactions.executeWithoutResult(status -> batch.forEach(this::notifyOthers));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                // The other nodes miss these signals; their caches still expire and their pages still refresh.
                log.warn("Cluster signals could not be sent: {}", e.toString());
            }
        }
    }

    private void listen() {
        boolean first = true;
        boolean failing = false;
        while (running) {
            try (Connection connection = connector.connect()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                listening = true;
                if (!first) {
                    // Whatever was sent while this node was not listening is lost: its subscribers refresh everything.
                    log.info("Listening to cluster signals again");
                    missedAll();
                }
                first = false;
                failing = false;
                PGConnection pg = connection.unwrap(PGConnection.class);
                long lastCheck = System.currentTimeMillis();
                while (running) {
                    PGNotification[] received = pg.getNotifications(POLL_MILLIS);
                    if (received != null && received.length > 0) {
                        for (PGNotification notification : received) {
                            receive(notification.getParameter());
                        }
                    } else if (System.currentTimeMillis() - lastCheck > CHECK_EVERY_MILLIS) {
                        // A connection cut without a word (a dead peer) is found by asking.
                        if (!connection.isValid(5)) {
                            throw new SQLException("listening connection no longer valid");
                        }
                        lastCheck = System.currentTimeMillis();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (!failing) {
                    log.warn("Not listening to cluster signals, retrying every {} ms: {}", RETRY_MILLIS, e.toString());
                    failing = true;
                }
                try {
                    Thread.sleep(RETRY_MILLIS);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
        listening = false;
    }

    private void receive(String envelope) {
        String[] parts = envelope.split("\n", 3);
        if (parts.length == 3 && !parts[0].equals(node)) {
            deliver(parts[1], parts[2]);
        }
    }

    @Override
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        listener = daemon("cluster-listen", this::listen);
        sender = daemon("cluster-send", this::send);
    }

    private static Thread daemon(String name, Runnable body) {
        Thread thread = new Thread(body, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    @Override
    public synchronized void stop() {
        running = false;
        for (Thread thread : new Thread[] { listener, sender }) {
            if (thread != null) {
                thread.interrupt();
                try {
                    thread.join(2_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }
}
