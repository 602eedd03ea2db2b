package vn.nhiemvu.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** What was said about each linked task besides its status, either way, in the order it was said. */
@Repository
class JdbcHistory {

    private final JdbcClient jdbc;

    JdbcHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void add(long linkId, Messages.Type type, boolean outgoing, String requestId, LocalDate on, String body,
            Instant at) {
        jdbc.sql("""
                insert into federation_history (link_id, type, outgoing, request_id, occurred_on, body, recorded_at)
                values (:link, :type, :outgoing, :request, :on, :body, :at)
                """).param("link", linkId).param("type", type.wire).param("outgoing", outgoing)
                .param("request", requestId).param("on", on).param("body", body).param("at", Timestamp.from(at))
                .update();
    }

    /** The entries of the links, oldest first. */
    List<Row> of(Collection<Long> linkIds) {
        if (linkIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                select id, link_id, type, outgoing, request_id, occurred_on, body, recorded_at
                from federation_history where link_id in (:links) order by id
                """).param("links", linkIds).query(Row.class).list();
    }

    /** The entry of that type about the request on the link, if any. */
    boolean has(long linkId, Messages.Type type, String requestId) {
        return jdbc.sql("""
                select count(*) from federation_history where link_id = :link and type = :type and request_id = :request
                """).param("link", linkId).param("type", type.wire).param("request", requestId).query(Long.class)
                .single() > 0;
    }

    record Row(long id, long linkId, String type, boolean outgoing, String requestId, LocalDate occurredOn,
            String body, Instant recordedAt) {
    }
}
