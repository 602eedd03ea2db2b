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

    /** Delivered: the messages' receipts verified. */
    void sent(java.util.Collection<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return;
        }
        jdbc.sql("""
                update federation_outbox set sent_at = :at, attempts = attempts + 1, last_error = null
                where id in (:ids)
                """).param("ids", ids).param("at", Timestamp.from(at)).update();
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

    /** Messages not delivered yet (waiting for their first attempt, or failed and waiting for the next), oldest first. */
    List<Row> unsent(int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from federation_outbox where sent_at is null order by id fetch first :limit rows only
                """).param("limit", limit).query(Row.class).list();
    }

    /** Delivered messages, the last delivered first. */
    List<Row> delivered(int limit) {
        return jdbc.sql("select " + COLUMNS + """
                 from federation_outbox where sent_at is not null order by sent_at desc, id desc
                 fetch first :limit rows only
                """).param("limit", limit).query(Row.class).list();
    }

    /** An undelivered message due now rather than after its back-off; false when there is no such message. */
    boolean dueNow(long id, Instant now) {
        return jdbc.sql("update federation_outbox set next_attempt_at = :now where id = :id and sent_at is null")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    /**
     * Delivered messages to send again, same id and sequence (the receiver answers "duplicate" to what it still
     * has): one, or every one to the peer created since the instant. Answers how many.
     */
    int again(Long id, String peerCode, Instant since, Instant now) {
        String which = id != null ? "id = :id" : "peer_code = :peer and created_at >= :since";
        return jdbc.sql("update federation_outbox set sent_at = null, next_attempt_at = :now, last_error = null"
                + " where sent_at is not null and " + which).param("now", Timestamp.from(now)).param("id", id)
                .param("peer", peerCode).param("since", since == null ? null : Timestamp.from(since)).update();
    }

    /** The {@code task.assigned} written for the peer about the task. */
    EdXmlExchange.Sent assignment(String peerCode, String upperTaskId) {
        return jdbc.sql("""
                select message_id, created_at as at from federation_outbox
                where peer_code = :peer and upper_task_id = :upper and type = 'task.assigned'
                """).param("peer", peerCode).param("upper", upperTaskId).query(EdXmlExchange.Sent.class).single();
    }

    record Row(long id, String messageId, String peerCode, String type, String upperTaskId, String lowerTaskId,
            long sequence, String body, Instant createdAt, int attempts, Instant nextAttemptAt, String lastError,
            Instant sentAt) {
    }
}
