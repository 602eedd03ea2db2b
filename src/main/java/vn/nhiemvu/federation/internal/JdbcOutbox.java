package vn.nhiemvu.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages to send, written in the transaction of the change they tell of; kept once sent (with when). */
@Repository
class JdbcOutbox {

    private static final String COLUMNS = """
            id, message_id, peer_code, type, upper_task_id, lower_task_id, sequence, body, created_at, attempts,
            next_attempt_at, last_error, sent_at
            """;

    private final JdbcClient jdbc;

    JdbcOutbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(String messageId, String peerCode, String type, String upperTaskId, String lowerTaskId, long sequence,
            String body, Instant at) {
        jdbc.sql("""
                insert into federation_outbox (message_id, peer_code, type, upper_task_id, lower_task_id, sequence, body,
                                               created_at, next_attempt_at)
                values (:messageId, :peer, :type, :upper, :lower, :sequence, :body, :at, :at)
                """).param("messageId", messageId).param("peer", peerCode).param("type", type)
                .param("upper", upperTaskId).param("lower", lowerTaskId).param("sequence", sequence)
                .param("body", body).param("at", Timestamp.from(at)).update();
    }

    /** Unsent messages whose next attempt is due, oldest first. */
    List<Row> due(Instant now, int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from federation_outbox where sent_at is null and next_attempt_at <= :now
                 order by id fetch first :limit rows only
                """).param("now", Timestamp.from(now)).param("limit", limit).query(Row.class).list();
    }

    /**
     * Takes the message for an attempt, pushing its next attempt to {@code until} so that another node does not send it
     * meanwhile; false when another node took it first.
     */
    boolean claim(long id, Instant seenDue, Instant until) {
        return jdbc.sql("""
                update federation_outbox set next_attempt_at = :until
                where id = :id and sent_at is null and next_attempt_at = :seen
                """).param("id", id).param("seen", Timestamp.from(seenDue)).param("until", Timestamp.from(until))
                .update() == 1;
    }

    void sent(long id, Instant at) {
        jdbc.sql("update federation_outbox set sent_at = :at, attempts = attempts + 1, last_error = null where id = :id")
                .param("id", id).param("at", Timestamp.from(at)).update();
    }

    void failed(long id, int attempts, Instant next, String error) {
        jdbc.sql("""
                update federation_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error
                where id = :id
                """).param("id", id).param("attempts", attempts).param("next", Timestamp.from(next))
                .param("error", error.length() > 2000 ? error.substring(0, 2000) : error).update();
    }

    /** Every message to the peer, newest first (for the operations view). */
    List<Row> recent(int limit) {
        return jdbc.sql("select " + COLUMNS + " from federation_outbox order by id desc fetch first :limit rows only")
                .param("limit", limit).query(Row.class).list();
    }

    record Row(long id, String messageId, String peerCode, String type, String upperTaskId, String lowerTaskId,
            long sequence, String body, Instant createdAt, int attempts, Instant nextAttemptAt, String lastError,
            Instant sentAt) {
    }
}
