package vn.nhiemvu.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import javax.sql.DataSource;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.audit.AuditVerification;
import vn.nhiemvu.audit.AuditVerification.Kind;
import vn.nhiemvu.audit.AuditVerification.Problem;
import vn.nhiemvu.audit.AuditedStateSource;
import vn.nhiemvu.audit.AuditedStateSource.AuditedState;
import vn.nhiemvu.audit.internal.AuditChain.Head;
import vn.nhiemvu.audit.internal.AuditChain.StreamCheck;
import vn.nhiemvu.audit.internal.Checkpoints.StreamKey;

/**
 * Verifies the whole log in one pass and one snapshot (repeatable read, so that a change committed meanwhile is not
 * taken for tampering): every entry in stream order against its stream's head and the signed checkpoints, then every
 * audited entity's current state against its last recorded one. Memory: the checkpointed heads (one per stream) and
 * one page of states; the entries are streamed.
 */
@Component
class Verifier {

    private static final int PAGE = 500;

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;
    private final AuditKeys keys;
    private final Checkpoints checkpoints;
    private final ObjectProvider<AuditedStateSource> sources;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate snapshot;

    Verifier(JdbcClient jdbc, DataSource dataSource, AuditKeys keys, Checkpoints checkpoints,
            ObjectProvider<AuditedStateSource> sources, JsonMapper json, Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        this.streaming.setFetchSize(1000);
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.sources = sources;
        this.json = json;
        this.clock = clock;
        this.snapshot = new TransactionTemplate(transactions);
        this.snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        this.snapshot.setReadOnly(true);
    }

    AuditVerification run() {
        // Read before the snapshot starts: every head the file names was committed before it was written.
        Checkpoints.Log log = checkpoints.read();
        var found = new Found();
        log.problems().forEach(found);
        return snapshot.execute(status -> {
            long recorded = jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single();
            if (log.checkpoints().isEmpty() && recorded > 0) {
                found.accept(new Problem(Kind.CHECKPOINT_INVALID, Checkpoints.CHECKPOINT, 0, null, "the file "
                        + checkpoints.file() + " holds no checkpoint; the database records " + recorded));
            }
            var checkpointed = new HashMap<>(log.heads());
            var streams = new Streams(checkpointed, found);
            streaming.query("select " + JdbcAuditLog.ENTRY_COLUMNS + """
                    , s.last_seq, s.last_hash from audit_event e
                    left join audit_stream s on s.entity_type = e.entity_type and s.entity_id = e.entity_id
                    order by e.entity_type, e.entity_id, e.seq
                    """, streams);
            streams.finish();
            jdbc.sql("""
                    select s.entity_type, s.entity_id, s.last_seq, s.last_hash from audit_stream s
                    where not exists (select 1 from audit_event e
                                      where e.entity_type = s.entity_type and e.entity_id = s.entity_id)
                    """).query((ResultSet rs) -> {
                var key = new StreamKey(rs.getString(1), rs.getLong(2));
                new StreamCheck(key.type(), key.id(), keys.macKey(), new Head(rs.getLong(3), rs.getString(4)),
                        checkpointed.remove(key), found).finish();
            });
            checkpointed.forEach((key, head) -> new StreamCheck(key.type(), key.id(), keys.macKey(), null, head, found)
                    .finish());
            long states = sources.orderedStream().mapToLong(source -> compareStates(source, found)).sum();
            var latest = log.latest();
            return new AuditVerification(clock.instant(), streams.count, streams.entries, states,
                    latest == null ? null : latest.no(), latest == null ? null : latest.at(), found.count,
                    List.copyOf(found.listed));
        });
    }

    /** Feeds the entries, in stream order, to one {@link StreamCheck} per stream. */
    private final class Streams implements RowCallbackHandler {

        private final Map<StreamKey, Head> checkpointed;
        private final Found found;
        private StreamKey current;
        private StreamCheck check;
        private long count;
        private long entries;

        Streams(Map<StreamKey, Head> checkpointed, Found found) {
            this.checkpointed = checkpointed;
            this.found = found;
        }

        @Override
        public void processRow(ResultSet rs) throws SQLException {
            var entry = JdbcAuditLog.stored(rs, 0);
            var key = new StreamKey(entry.link().entityType(), entry.link().entityId());
            if (!key.equals(current)) {
                finish();
                long lastSeq = rs.getLong("last_seq");
                Head head = rs.wasNull() ? null : new Head(lastSeq, rs.getString("last_hash"));
                check = new StreamCheck(key.type(), key.id(), keys.macKey(), head, checkpointed.remove(key), found);
                current = key;
                count++;
            }
            check.accept(entry);
            entries++;
        }

        void finish() {
            if (check != null) {
                check.finish();
            }
        }
    }

    /** Pages through the entities as stored beside their last recorded states, both in id order. */
    private long compareStates(AuditedStateSource source, Found found) {
        String type = source.entityType();
        long after = 0;
        long compared = 0;
        while (true) {
            List<AuditedState> page = source.page(after, PAGE);
            long to = page.size() < PAGE ? Long.MAX_VALUE : page.get(page.size() - 1).id();
            Map<Long, String> recorded = recordedStates(type, after, to);
            for (AuditedState state : page) {
                if (!recorded.containsKey(state.id())) {
                    found.accept(new Problem(Kind.STATE_UNAUDITED, type, state.id(), null,
                            "stored, but no audited change recorded its state"));
                    continue;
                }
                String last = recorded.remove(state.id());
                if (last == null) {
                    found.accept(new Problem(Kind.STATE_MISMATCH, type, state.id(), null,
                            "stored, though its history ends with its deletion"));
                } else {
                    List<String> differing = differing(json.readTree(last),
                            json.readTree(json.writeValueAsString(state.state())));
                    if (!differing.isEmpty()) {
                        found.accept(new Problem(Kind.STATE_MISMATCH, type, state.id(), null,
                                "differs from its last recorded state in " + String.join(", ", differing)));
                    }
                }
            }
            recorded.forEach((id, last) -> {
                if (last != null) {
                    found.accept(new Problem(Kind.STATE_MISSING, type, id, null,
                            "its history says it exists; it is not stored"));
                }
            });
            compared += page.size();
            if (page.size() < PAGE) {
                return compared;
            }
            after = to;
        }
    }

    /**
     * The fields of the recorded state whose value differs now. Fields the record lacks are not compared: an entry
     * written before a field existed (a later version's column) does not name it.
     */
    static List<String> differing(JsonNode recorded, JsonNode now) {
        var differing = new ArrayList<String>();
        for (String field : recorded.propertyNames()) {
            if (!Objects.equals(recorded.get(field), now.get(field))) {
                differing.add(field);
            }
        }
        return differing;
    }

    /** Per entity in (from, to], the after-state of its last entry that recorded its state (null: deleted). */
    private Map<Long, String> recordedStates(String type, long from, long to) {
        var recorded = new LinkedHashMap<Long, String>();
        jdbc.sql("""
                select e.entity_id, e.after_state from audit_event e
                where e.entity_type = :type and e.entity_id > :from and e.entity_id <= :to and e.after_is_state
                  and e.seq = (select max(x.seq) from audit_event x where x.entity_type = e.entity_type
                               and x.entity_id = e.entity_id and x.after_is_state)
                """).param("type", type).param("from", from).param("to", to)
                .query((ResultSet rs) -> {
                    recorded.put(rs.getLong(1), rs.getString(2));
                });
        return recorded;
    }

    /** Counts every problem, keeps the first {@link AuditVerification#LISTED}. */
    private static final class Found implements java.util.function.Consumer<Problem> {

        private final List<Problem> listed = new ArrayList<>();
        private long count;

        @Override
        public void accept(Problem problem) {
            count++;
            if (listed.size() < AuditVerification.LISTED) {
                listed.add(problem);
            }
        }
    }
}
