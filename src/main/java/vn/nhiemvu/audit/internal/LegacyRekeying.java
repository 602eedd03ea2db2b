package vn.nhiemvu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.audit.internal.AuditChain.Link;
import vn.nhiemvu.audit.internal.AuditChain.Stored;
import vn.nhiemvu.audit.internal.Checkpoints.StreamKey;

/**
 * The one-time step from the plain SHA-256 chains of earlier versions: at start, entries not yet keyed are re-keyed
 * stream by stream (sequence numbers and heads came with the migration), then a first checkpoint is written. It runs
 * only while there is no checkpoint: afterwards an unkeyed entry can only have been put there behind the
 * application's back, and is left for the verifier to report rather than laundered. What the old chains were is
 * accepted as they stood at that first checkpoint; streams whose old chain was already broken are logged.
 */
@Component
@Order(0)
class LegacyRekeying implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(LegacyRekeying.class);

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate transaction;
    private final AuditKeys keys;
    private final Checkpoints checkpoints;
    private final AuditIntegrityService integrity;

    LegacyRekeying(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction, AuditKeys keys,
            Checkpoints checkpoints, AuditIntegrityService integrity) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.transaction = transaction;
        this.keys = keys;
        this.checkpoints = checkpoints;
        this.integrity = integrity;
    }

    @Override
    public void run(ApplicationArguments args) {
        integrity.locked("audit-checkpoint", Duration.ofHours(2), () -> {
            rekey();
            return null;
        });
    }

    void rekey() {
        List<StreamKey> streams = jdbc.sql("""
                select distinct entity_type, entity_id from audit_event where mac_version = :legacy
                """).param("legacy", AuditChain.LEGACY).query((rs, n) -> new StreamKey(rs.getString(1), rs.getLong(2)))
                .list();
        if (streams.isEmpty()) {
            return;
        }
        if (checkpoints.read().latest() != null
                || jdbc.sql("select count(*) from audit_checkpoint").query(Long.class).single() > 0) {
            log.error("{} audit streams hold unkeyed entries although checkpoints exist: not re-keyed, "
                    + "the verifier reports them", streams.size());
            return;
        }
        int entries = 0;
        var broken = new ArrayList<StreamKey>();
        for (StreamKey stream : streams) {
            int[] result = transaction.execute(status -> rekey(stream));
            entries += result[0];
            if (result[1] > 0) {
                broken.add(stream);
            }
        }
        log.warn("Re-keyed {} audit entries of {} streams written before entries were keyed; the old chains of {} "
                + "streams were already broken (accepted as they stood): {}", entries, streams.size(), broken.size(),
                broken.stream().limit(100).toList());
        checkpoints.write();
    }

    /** @return the entries re-keyed and whether (1) or not (0) the old chain was already broken */
    int[] rekey(StreamKey stream) {
        jdbc.sql("select last_seq from audit_stream where entity_type = :type and entity_id = :id for update")
                .param("type", stream.type()).param("id", stream.id()).query(Long.class).optional();
        List<Stored> rows = jdbc.sql("select " + JdbcAuditLog.ENTRY_COLUMNS + """
                 from audit_event e where e.entity_type = :type and e.entity_id = :id order by e.seq
                """).param("type", stream.type()).param("id", stream.id()).query(JdbcAuditLog::stored).list();
        String previous = AuditChain.GENESIS;
        String oldPrevious = AuditChain.GENESIS;
        int broken = 0;
        var updates = new ArrayList<Object[]>();
        for (Stored row : rows) {
            Link old = row.link();
            if (row.macVersion() == AuditChain.LEGACY
                    && (!old.previousHash().equals(oldPrevious) || !row.hash().equals(legacyHash(old)))) {
                broken = 1;
            }
            oldPrevious = row.hash();
            Link link = new Link(old.entityType(), old.entityId(), old.seq(), old.agencyId(), old.action(),
                    old.actor(), old.at(), old.before(), old.after(), old.afterIsState(), previous);
            previous = link.mac(keys.macKey());
            updates.add(new Object[] { link.previousHash(), previous, AuditChain.HMAC, row.id() });
        }
        batch.batchUpdate("update audit_event set previous_hash = ?, hash = ?, mac_version = ? where id = ?", updates);
        Stored last = rows.get(rows.size() - 1);
        int heads = jdbc.sql("""
                update audit_stream set last_seq = :seq, last_hash = :hash where entity_type = :type and entity_id = :id
                """).param("seq", last.link().seq()).param("hash", previous).param("type", stream.type())
                .param("id", stream.id()).update();
        if (heads == 0) {
            jdbc.sql("""
                    insert into audit_stream (entity_type, entity_id, last_seq, last_hash) values (:type, :id, :seq, :hash)
                    """).param("seq", last.link().seq()).param("hash", previous).param("type", stream.type())
                    .param("id", stream.id()).update();
        }
        return new int[] { rows.size(), broken };
    }

    /** The hash of earlier versions: SHA-256 over the previous hash and the content, without seq or key. */
    static String legacyHash(Link link) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] { link.previousHash(), link.entityType(), Long.toString(link.entityId()),
                    link.action(), link.actor(), link.at().toString(), String.valueOf(link.before()),
                    String.valueOf(link.after()) }) {
                digest.update(part.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
