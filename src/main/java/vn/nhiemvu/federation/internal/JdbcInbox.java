package vn.nhiemvu.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Every message received, by its id: the key of idempotency; one after a gap waits here unapplied. */
@Repository
class JdbcInbox {

    private final JdbcClient jdbc;

    JdbcInbox(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String messageId) {
        return jdbc.sql("select count(*) from federation_inbox where message_id = :id").param("id", messageId)
                .query(Long.class).single() > 0;
    }

    /**
     * Records the message; false when one with its id was recorded already. Checked in the statement rather than by
     * catching the key's violation: on PostgreSQL a failed statement spoils the transaction. Two deliveries of one id
     * at the same instant still meet the primary key; the later one's transaction fails (409) and its retry is a
     * duplicate.
     */
    boolean add(Messages.Envelope e, String direction, String envelope, Instant at) {
        return jdbc.sql("""
                insert into federation_inbox (message_id, sender, type, direction, upper_task_id, sequence, envelope,
                                              received_at)
                select :id, :sender, :type, :direction, :upper, :sequence, :envelope, :at
                where not exists (select 1 from federation_inbox where message_id = :id)
                """).param("id", e.id()).param("sender", e.sender()).param("type", e.type())
                .param("direction", direction).param("upper", e.taskRef().upperId()).param("sequence", e.sequence())
                .param("envelope", envelope).param("at", Timestamp.from(at)).update() == 1;
    }

    /** The sequence numbers of the task's messages from the sender still waiting to be applied. */
    List<Long> waiting(String sender, String direction, String upperTaskId) {
        return jdbc.sql("""
                select sequence from federation_inbox
                where sender = :sender and direction = :direction and upper_task_id = :upper and applied_at is null
                order by sequence
                """).param("sender", sender).param("direction", direction).param("upper", upperTaskId)
                .query(Long.class).list();
    }

    /** The waiting message with that sequence number (the first received, if a sender sent two). */
    Optional<Waiting> waitingAt(String sender, String direction, String upperTaskId, long sequence) {
        return jdbc.sql("""
                select message_id, envelope from federation_inbox
                where sender = :sender and direction = :direction and upper_task_id = :upper and sequence = :sequence
                  and applied_at is null
                order by received_at fetch first 1 rows only
                """).param("sender", sender).param("direction", direction).param("upper", upperTaskId)
                .param("sequence", sequence).query(Waiting.class).optional();
    }

    void applied(String messageId, Instant at) {
        jdbc.sql("update federation_inbox set applied_at = :at where message_id = :id").param("id", messageId)
                .param("at", Timestamp.from(at)).update();
    }

    /** A message at or below the last applied sequence, never to be applied: marked so that it waits no more. */
    void skipped(String messageId, Instant at) {
        applied(messageId, at);
    }

    long waitingCount() {
        return jdbc.sql("select count(*) from federation_inbox where applied_at is null").query(Long.class).single();
    }

    /**
     * When the last message from each of these senders arrived (one still waiting counts too: the peer was alive); a
     * sender never heard from is left out. One look into the index on (sender, received_at) per sender, not a pass
     * over every message ever received.
     */
    java.util.Map<String, Instant> lastHeard(java.util.Collection<String> senders) {
        var heard = new java.util.HashMap<String, Instant>();
        for (String sender : senders) {
            jdbc.sql("""
                    select received_at from federation_inbox where sender = :sender
                    order by received_at desc fetch first 1 rows only
                    """).param("sender", sender).query((rs, n) -> rs.getTimestamp(1).toInstant()).optional()
                    .ifPresent(at -> heard.put(sender, at));
        }
        return heard;
    }

    /** The {@code task.assigned} received from the sender about the task. */
    EdXmlExchange.Sent assignment(String sender, String upperTaskId) {
        return jdbc.sql("""
                select message_id, received_at as at from federation_inbox
                where sender = :sender and upper_task_id = :upper and type = 'task.assigned'
                """).param("sender", sender).param("upper", upperTaskId).query(EdXmlExchange.Sent.class).single();
    }

    record Waiting(String messageId, String envelope) {
    }
}
