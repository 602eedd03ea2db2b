package vn.nhiemvu.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import vn.nhiemvu.audit.AuditVerification.Kind;
import vn.nhiemvu.audit.AuditVerification.Problem;
import vn.nhiemvu.audit.internal.AuditChain.Head;

/**
 * Signed checkpoints of the streams' heads, appended to {@code checkpoints.jsonl} under
 * {@code nhiemvu.audit.checkpoint-directory} (outside the database) and copied into {@code audit_checkpoint}. Each line
 * is a JSON body, a tab, and the Base64 Ed25519 signature of the body's UTF-8 bytes. The body carries its number, the
 * previous line's signature (so lines cannot be dropped or reordered unseen), the count of streams and entries, the
 * highest entry id, and the heads of the streams that moved since the previous checkpoint ({@code [type, id, seq,
 * hash]}); folding all lines gives the last checkpointed head of every stream.
 */
@Component
class Checkpoints {

    static final String CHECKPOINT = "CHECKPOINT";

    private final Path file;
    private final AuditKeys keys;
    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Checkpoints(AuditProperties settings, AuditKeys keys, JdbcClient jdbc, JdbcTemplate batch, JsonMapper json,
            Clock clock, TransactionTemplate transaction) {
        this.file = settings.checkpointDirectory().resolve("checkpoints.jsonl");
        this.keys = keys;
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
        this.clock = clock;
        this.transaction = transaction;
    }

    record StreamKey(String type, long id) {
    }

    record Checkpoint(long no, Instant at, long streams, long entries, long maxId) {
    }

    /** The file read and checked: its checkpoints, the last head each recorded per stream, and what is wrong. */
    record Log(List<Checkpoint> checkpoints, Map<StreamKey, Head> heads, List<Problem> problems) {

        Checkpoint latest() {
            return checkpoints.isEmpty() ? null : checkpoints.get(checkpoints.size() - 1);
        }
    }

    Path file() {
        return file;
    }

    /**
     * Writes a checkpoint of the streams that moved since the last one (the first: of every stream); nothing if none
     * moved. The caller holds the cluster-wide lock. The file is written (and synced) before the database commits,
     * so a checkpoint the database has is always in the file.
     *
     * @return the number of the latest checkpoint
     */
    long write() {
        List<String> lines = lines();
        String last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
        long previousNo = last == null ? 0 : json.readTree(body(last)).get("no").asLong();
        Long written = transaction.execute(status -> {
            List<Object[]> moved = jdbc.sql("""
                    select s.entity_type, s.entity_id, s.last_seq, s.last_hash from audit_stream s
                    left join audit_checkpoint_head c on c.entity_type = s.entity_type and c.entity_id = s.entity_id
                    where c.seq is null or c.seq <> s.last_seq or c.hash <> s.last_hash
                    order by s.entity_type, s.entity_id
                    """).query((rs, n) -> new Object[] { rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4) })
                    .list();
            if (moved.isEmpty() && last != null) {
                return previousNo;
            }
            long no = previousNo + 1;
            Instant at = clock.instant();
            ObjectNode body = json.createObjectNode();
            body.put("no", no);
            body.put("at", at.toString());
            body.put("previous", last == null ? "" : signature(last));
            jdbc.sql("select count(*), coalesce(sum(last_seq), 0) from audit_stream").query((rs, n) -> {
                body.put("streams", rs.getLong(1));
                return body.put("entries", rs.getLong(2));
            }).single();
            body.put("maxId", jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single());
            ArrayNode heads = body.putArray("heads");
            for (Object[] head : moved) {
                heads.addArray().add((String) head[0]).add((Long) head[1]).add((Long) head[2]).add((String) head[3]);
            }
            String text = json.writeValueAsString(body);
            String line = text + "\t" + Base64.getEncoder().encodeToString(sign(text));
            append(line);
            recordHeads(moved);
            jdbc.sql("insert into audit_checkpoint (no, at, line) values (:no, :at, :line)").param("no", no)
                    .param("at", OffsetDateTime.ofInstant(at, clock.getZone())).param("line", line).update();
            return no;
        });
        return written;
    }

    private void recordHeads(List<Object[]> moved) {
        List<Object[]> updates = moved.stream().map(h -> new Object[] { h[2], h[3], h[0], h[1] }).toList();
        int[] counts = batch.batchUpdate(
                "update audit_checkpoint_head set seq = ?, hash = ? where entity_type = ? and entity_id = ?", updates);
        var inserts = new ArrayList<Object[]>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] == 0) {
                inserts.add(moved.get(i));
            }
        }
        batch.batchUpdate("insert into audit_checkpoint_head (entity_type, entity_id, seq, hash) values (?, ?, ?, ?)",
                inserts);
    }

    /** Reads the file, checking every signature and the sequence of lines. */
    Log read() {
        var checkpoints = new ArrayList<Checkpoint>();
        var heads = new HashMap<StreamKey, Head>();
        var problems = new ArrayList<Problem>();
        String previousSignature = "";
        long expected = 1;
        for (String line : lines()) {
            JsonNode body;
            try {
                body = json.readTree(body(line));
            } catch (RuntimeException e) {
                problems.add(new Problem(Kind.CHECKPOINT_INVALID, CHECKPOINT, expected, null, "line unreadable"));
                continue;
            }
            long no = body.path("no").asLong();
            if (!verify(line)) {
                problems.add(new Problem(Kind.CHECKPOINT_INVALID, CHECKPOINT, no, null, "bad signature"));
                continue;
            }
            if (no != expected || !body.path("previous").asString().equals(previousSignature)) {
                problems.add(new Problem(Kind.CHECKPOINT_INVALID, CHECKPOINT, no, null,
                        "expected checkpoint " + expected + " after the previous line"));
            }
            for (JsonNode head : body.path("heads")) {
                heads.put(new StreamKey(head.get(0).asString(), head.get(1).asLong()),
                        new Head(head.get(2).asLong(), head.get(3).asString()));
            }
            checkpoints.add(new Checkpoint(no, Instant.parse(body.path("at").asString()), body.path("streams").asLong(),
                    body.path("entries").asLong(), body.path("maxId").asLong()));
            previousSignature = signature(line);
            expected = no + 1;
        }
        return new Log(checkpoints, heads, problems);
    }

    private List<String> lines() {
        try {
            return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.isBlank()).toList() : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit checkpoints " + file, e);
        }
    }

    private void append(String line) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, (line + "\n").getBytes(StandardCharsets.UTF_8), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit checkpoints " + file, e);
        }
    }

    private static String body(String line) {
        int tab = line.lastIndexOf('\t');
        return tab < 0 ? line : line.substring(0, tab);
    }

    private static String signature(String line) {
        int tab = line.lastIndexOf('\t');
        return tab < 0 ? "" : line.substring(tab + 1);
    }

    private byte[] sign(String body) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(keys.signing().getPrivate());
            signer.update(body.getBytes(StandardCharsets.UTF_8));
            return signer.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every JDK since 15", e);
        }
    }

    private boolean verify(String line) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(keys.signing().getPublic());
            verifier.update(body(line).getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature(line)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
