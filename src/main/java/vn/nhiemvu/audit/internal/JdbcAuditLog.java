package vn.nhiemvu.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.audit.AuditEntry;
import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditVerification.Problem;
import vn.nhiemvu.audit.internal.AuditChain.Head;
import vn.nhiemvu.audit.internal.AuditChain.Link;
import vn.nhiemvu.audit.internal.AuditChain.Stored;

/**
 * Writes each audited change as the next entry of its entity's stream, in the publisher's transaction: the stream's
 * head row is locked ({@code select … for update}), the entry inserted, the head moved. Writers of one entity queue
 * on that row; writers of different entities never meet.
 */
@Service
@Transactional(readOnly = true)
class JdbcAuditLog implements AuditLog {

    static final String ENTRY_COLUMNS = """
            e.id, e.agency_id, e.entity_type, e.entity_id, e.seq, e.action, e.actor, e.at, e.before_state,
            e.after_state, e.after_is_state, e.previous_hash, e.hash, e.mac_version""";

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final AuditKeys keys;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, Clock clock, AuditKeys keys) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.keys = keys;
    }

    /** Runs inside the publisher's transaction: no change without its record. */
    @EventListener
    @Transactional(propagation = Propagation.MANDATORY)
    void record(AuditableEvent event) {
        // Microseconds: what both H2 and PostgreSQL store, so the hash recomputes from the row.
        Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
        String before = event.before() == null ? null : json.writeValueAsString(event.before());
        String after = event.after() == null ? null : json.writeValueAsString(event.after());
        while (true) {
            Optional<Head> head = lockHead(event.entityType(), event.entityId());
            Link link = new Link(event.entityType(), event.entityId(), head.map(h -> h.seq() + 1).orElse(1L),
                    event.agencyId(), event.action(), event.actor(), at, before, after, event.afterIsState(),
                    head.map(Head::hash).orElse(AuditChain.GENESIS));
            String hash = link.mac(keys.macKey());
            // A new stream's head is inserted; if another transaction inserted it first, lock that one and go on.
            if (head.isPresent() ? moveHead(link, hash) : startHead(link, hash)) {
                insert(link, hash);
                return;
            }
        }
    }

    private Optional<Head> lockHead(String type, long id) {
        return jdbc.sql("""
                select last_seq, last_hash from audit_stream where entity_type = :type and entity_id = :id for update
                """).param("type", type).param("id", id)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional();
    }

    private boolean startHead(Link link, String hash) {
        return jdbc.sql("""
                insert into audit_stream (entity_type, entity_id, last_seq, last_hash) values (:type, :id, :seq, :hash)
                on conflict do nothing
                """).param("type", link.entityType()).param("id", link.entityId()).param("seq", link.seq())
                .param("hash", hash).update() == 1;
    }

    private boolean moveHead(Link link, String hash) {
        return jdbc.sql("""
                update audit_stream set last_seq = :seq, last_hash = :hash where entity_type = :type and entity_id = :id
                """).param("type", link.entityType()).param("id", link.entityId()).param("seq", link.seq())
                .param("hash", hash).update() == 1;
    }

    private void insert(Link link, String hash) {
        jdbc.sql("""
                insert into audit_event (agency_id, entity_type, entity_id, seq, action, actor, at, before_state,
                                         after_state, after_is_state, previous_hash, hash, mac_version)
                values (:agency, :type, :id, :seq, :action, :actor, :at, :before, :after, :afterIsState, :previous,
                        :hash, :macVersion)
                """)
                .param("agency", link.agencyId()).param("type", link.entityType()).param("id", link.entityId())
                .param("seq", link.seq()).param("action", link.action()).param("actor", link.actor())
                .param("at", OffsetDateTime.ofInstant(link.at(), clock.getZone()))
                .param("before", link.before()).param("after", link.after())
                .param("afterIsState", link.afterIsState()).param("previous", link.previousHash())
                .param("hash", hash).param("macVersion", AuditChain.HMAC)
                .update();
    }

    @Override
    public List<AuditEntry> history(String entityType, long entityId) {
        return rows(entityType, entityId).stream().map(this::entry).toList();
    }

    /** The stream's own checks (HMAC, sequence, head); the signed checkpoints are the whole log's verification. */
    @Override
    public boolean verify(String entityType, long entityId) {
        Head head = jdbc.sql("select last_seq, last_hash from audit_stream where entity_type = :type and entity_id = :id")
                .param("type", entityType).param("id", entityId)
                .query((rs, n) -> new Head(rs.getLong(1), rs.getString(2))).optional().orElse(null);
        List<Stored> rows = rows(entityType, entityId);
        if (head == null && rows.isEmpty()) {
            return true;
        }
        var problems = new ArrayList<Problem>();
        var check = new AuditChain.StreamCheck(entityType, entityId, keys.macKey(), head, null, problems::add);
        rows.forEach(check::accept);
        check.finish();
        return problems.isEmpty();
    }

    private List<Stored> rows(String entityType, long entityId) {
        return jdbc.sql("select " + ENTRY_COLUMNS + """
                 from audit_event e where e.entity_type = :type and e.entity_id = :id order by e.seq
                """).param("type", entityType).param("id", entityId).query(JdbcAuditLog::stored).list();
    }

    private AuditEntry entry(Stored row) {
        Link link = row.link();
        return new AuditEntry(row.id(), link.entityType(), link.entityId(), link.action(), link.actor(), link.at(),
                link.before() == null ? null : json.readTree(link.before()),
                link.after() == null ? null : json.readTree(link.after()), row.hash(), link.seq());
    }

    static Stored stored(ResultSet rs, int n) throws SQLException {
        return new Stored(rs.getLong("id"), new Link(rs.getString("entity_type"), rs.getLong("entity_id"), rs.getLong("seq"),
                rs.getLong("agency_id"), rs.getString("action"), rs.getString("actor"),
                rs.getObject("at", OffsetDateTime.class).toInstant(), rs.getString("before_state"),
                rs.getString("after_state"), rs.getBoolean("after_is_state"), rs.getString("previous_hash")),
                rs.getString("hash"), rs.getInt("mac_version"));
    }
}
