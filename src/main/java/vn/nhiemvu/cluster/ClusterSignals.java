package vn.nhiemvu.cluster;

import java.util.function.Consumer;

/**
 * Short messages to every application node, this one included: "the dashboard of agency 3 changed", "drop the
 * cached token with this hash". A signal says something changed, never what the data now is, so a lost one costs
 * a stale page or a cache entry until its time to live, and a node that was not listening hears "missed".
 */
public interface ClusterSignals {

    /** The longest payload: PostgreSQL's NOTIFY takes under 8,000 bytes, and part of it is our envelope. */
    int MAX_PAYLOAD = 7000;

    /**
     * Sends the signal once the current transaction commits (at once outside one). Other nodes hear it a moment
     * after the commit, in batches sent off the request's thread: for frequent signals (each task change).
     */
    void publish(String channel, String payload);

    /**
     * Sends the signal with the current transaction: the database delivers it to the other nodes as the commit
     * happens, before the caller answers, and their listeners act on it a few milliseconds later (not after a
     * cache's time to live). For rare signals that must take effect at once (a revoked token); each
     * such commit briefly takes the database's one notification lock, so not for every task change.
     */
    void publishWithCommit(String channel, String payload);

    /**
     * Calls {@code received} with each payload sent on the channel by any node, after its commit; calls
     * {@code missed} when this node may have lost signals (its listening connection broke), so that it treats
     * everything as changed.
     */
    void subscribe(String channel, Consumer<String> received, Runnable missed);
}
