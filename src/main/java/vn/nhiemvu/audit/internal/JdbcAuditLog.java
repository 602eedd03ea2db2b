package vn.nhiemvu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.audit.AuditEntry;
import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.audit.AuditableEvent;

@Service
@Transactional(readOnly = true)
class JdbcAuditLog implements AuditLog {

    private static final String GENESIS = "0".repeat(64);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Runs inside the publisher's transaction: no change without its record. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditableEvent event) {
        // Microseconds: what both H2 and PostgreSQL store, so the hash recomputes from the row.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String before = event.before() == null ? null : json.writeValueAsString(event.before());
        String after = event.after() == null ? null : json.writeValueAsString(event.after());
        String previous = jdbc.sql("""
                select hash from audit_event where entity_type = :type and entity_id = :id
                order by id desc fetch first 1 rows only
                """).param("type", event.entityType()).param("id", event.entityId())
                .query(String.class).optional().orElse(GENESIS);
        String hash = hash(previous, event.entityType(), event.entityId(), event.action(), event.actor(), at, before,
                after);
        jdbc.sql("""
                insert into audit_event (agency_id, entity_type, entity_id, action, actor, at, before_state,
                                         after_state, previous_hash, hash)
                values (:agency, :type, :id, :action, :actor, :at, :before, :after, :previous, :hash)
                """)
                .param("agency", event.agencyId()).param("type", event.entityType()).param("id", event.entityId())
                .param("action", event.action()).param("actor", event.actor())
                .param("at", OffsetDateTime.ofInstant(at, clock.getZone()))
                .param("before", before).param("after", after).param("previous", previous).param("hash", hash)
                .update();
    }

    @Override
    public List<AuditEntry> history(String entityType, long entityId) {
        return rows(entityType, entityId).stream().map(this::entry).toList();
    }

    @Override
    public boolean verify(String entityType, long entityId) {
        String previous = GENESIS;
        for (Row row : rows(entityType, entityId)) {
            if (!row.previousHash.equals(previous) || !row.hash.equals(hash(previous, row.entityType, row.entityId,
                    row.action, row.actor, row.at, row.before, row.after))) {
                return false;
            }
            previous = row.hash;
        }
        return true;
    }

    private List<Row> rows(String entityType, long entityId) {
        return jdbc.sql("""
                select id, entity_type, entity_id, action, actor, at, before_state, after_state, previous_hash, hash
                from audit_event where entity_type = :type and entity_id = :id order by id
                """).param("type", entityType).param("id", entityId).query(JdbcAuditLog::row).list();
    }

    private AuditEntry entry(Row row) {
        return new AuditEntry(row.id, row.entityType, row.entityId, row.action, row.actor, row.at,
                row.before == null ? null : json.readTree(row.before),
                row.after == null ? null : json.readTree(row.after), row.hash);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("entity_type"), rs.getLong("entity_id"), rs.getString("action"),
                rs.getString("actor"), rs.getObject("at", OffsetDateTime.class).toInstant(),
                rs.getString("before_state"), rs.getString("after_state"), rs.getString("previous_hash"),
                rs.getString("hash"));
    }

    static String hash(String previous, String type, long id, String action, String actor, Instant at, String before,
            String after) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] { previous, type, Long.toString(id), action, actor, at.toString(),
                    String.valueOf(before), String.valueOf(after) }) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private record Row(long id, String entityType, long entityId, String action, String actor, Instant at,
            String before, String after, String previousHash, String hash) {
    }
}
