package vn.nhiemvu.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Messages refused at the door, with the answer given: what the operations view shows an administrator. */
@Repository
class JdbcRejects {

    private final JdbcClient jdbc;

    JdbcRejects(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(Row r) {
        jdbc.sql("""
                insert into federation_reject (received_at, message_id, sender, type, status, problem, detail)
                values (:at, :messageId, :sender, :type, :status, :problem, :detail)
                """).param("at", Timestamp.from(r.receivedAt())).param("messageId", cut(r.messageId(), 64))
                .param("sender", cut(r.sender(), 64)).param("type", cut(r.type(), 64)).param("status", r.status())
                .param("problem", cut(r.problem(), 200)).param("detail", cut(r.detail(), 2000)).update();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }

    /** Deletes those received before the instant; answers how many. */
    int deleteBefore(Instant before) {
        return jdbc.sql("delete from federation_reject where received_at < :before")
                .param("before", Timestamp.from(before)).update();
    }

    List<Row> recent(int limit) {
        return jdbc.sql("""
                select id, received_at, message_id, sender, type, status, problem, detail from federation_reject
                order by id desc fetch first :limit rows only
                """).param("limit", limit).query(Row.class).list();
    }

    /**
     * A refused message: the id, sender and type it claimed (null when the body was not readable), the HTTP status
     * and problem type answered, and why.
     */
    record Row(Long id, Instant receivedAt, String messageId, String sender, String type, int status, String problem,
            String detail) {
    }
}
