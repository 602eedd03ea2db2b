package vn.nhiemvu.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.function.Consumer;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import vn.nhiemvu.audit.AuditVerification.Kind;
import vn.nhiemvu.audit.AuditVerification.Problem;

/**
 * The rules of the keyed chains. Every entity is a stream of entries numbered 1, 2, 3…; each entry's hash is the
 * HMAC-SHA256, under a key outside the database, of its content, its place (type, id, seq) and the previous entry's
 * hash; the stream's head row names its last entry. So an entry changed without the key fails its HMAC, a deleted
 * one leaves a gap, a truncated tail no longer meets the head, and a stream rewritten with the key no longer meets
 * the heads a signed checkpoint recorded.
 */
final class AuditChain {

    static final String GENESIS = "0".repeat(64);
    /** Entries written by earlier versions: a plain SHA-256 anyone could recompute. */
    static final int LEGACY = 0;
    static final int HMAC = 1;

    private AuditChain() {
    }

    /** What an entry's hash covers. */
    record Link(String entityType, long entityId, long seq, long agencyId, String action, String actor, Instant at,
            String before, String after, boolean afterIsState, String previousHash) {

        String mac(SecretKey key) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                for (String part : new String[] { entityType, Long.toString(entityId), Long.toString(seq),
                        Long.toString(agencyId), action, actor, at.toString(), String.valueOf(before),
                        String.valueOf(after), Boolean.toString(afterIsState), previousHash }) {
                    mac.update(part.getBytes(StandardCharsets.UTF_8));
                    mac.update((byte) 0);
                }
                return HexFormat.of().formatHex(mac.doFinal());
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
            }
        }
    }

    /** An entry as stored; {@code id} is the row's, global across streams. */
    record Stored(long id, Link link, String hash, int macVersion) {
    }

    /** A stream's last entry, as its head row or a checkpoint records it. */
    record Head(long seq, String hash) {
    }

    /**
     * Checks one stream fed entry by entry in sequence order, so that a whole log is checked in one pass without
     * holding it. Reports each problem once to {@code problems}.
     */
    static final class StreamCheck {

        private final String type;
        private final long id;
        private final SecretKey key;
        private final Head head;
        private final Head checkpointed;
        private final Consumer<Problem> problems;
        private long expected = 1;
        private String previous = GENESIS;
        private Stored last;
        private boolean legacyReported;

        /**
         * @param head         the stream's head row, or null if there is none
         * @param checkpointed the head the latest signed checkpoint recorded, or null
         */
        StreamCheck(String type, long id, SecretKey key, Head head, Head checkpointed, Consumer<Problem> problems) {
            this.type = type;
            this.id = id;
            this.key = key;
            this.head = head;
            this.checkpointed = checkpointed;
            this.problems = problems;
        }

        void accept(Stored entry) {
            Link link = entry.link();
            if (link.seq() != expected) {
                report(Kind.SEQUENCE_GAP, link.seq(), expected == link.seq() - 1 ? "entry " + expected + " is missing"
                        : "entries " + expected + " to " + (link.seq() - 1) + " are missing");
            } else if (!link.previousHash().equals(previous)) {
                report(Kind.LINK_BROKEN, link.seq(), "does not name the hash of entry " + (link.seq() - 1));
            }
            if (entry.macVersion() == LEGACY) {
                if (!legacyReported) {
                    report(Kind.LEGACY_ENTRY, link.seq(), "written before entries were keyed and not re-keyed since");
                    legacyReported = true;
                }
            } else if (!link.mac(key).equals(entry.hash())) {
                report(Kind.ENTRY_ALTERED, link.seq(), "its content does not match its HMAC");
            }
            if (checkpointed != null && link.seq() == checkpointed.seq() && !entry.hash().equals(checkpointed.hash())) {
                report(Kind.CHECKPOINT_MISMATCH, link.seq(), "differs from the entry the checkpoint recorded");
            }
            previous = entry.hash();
            expected = link.seq() + 1;
            last = entry;
        }

        void finish() {
            if (last == null) {
                report(Kind.ENTRIES_MISSING, null, head != null ? "the head counts " + head.seq() + " entries; none is left"
                        : "the checkpoint recorded " + checkpointed.seq() + " entries; none is left");
                return;
            }
            long lastSeq = last.link().seq();
            if (head == null) {
                report(Kind.HEAD_MISSING, lastSeq, "the stream has no head row");
            } else if (head.seq() != lastSeq || !head.hash().equals(last.hash())) {
                report(Kind.HEAD_MISMATCH, lastSeq, "the head names entry " + head.seq() + ", the last entry is " + lastSeq);
            }
            if (checkpointed != null && lastSeq < checkpointed.seq()) {
                report(Kind.CHECKPOINT_MISMATCH, lastSeq,
                        "the checkpoint recorded " + checkpointed.seq() + " entries, " + lastSeq + " are left");
            }
        }

        private void report(Kind kind, Long seq, String detail) {
            problems.accept(new Problem(kind, type, id, seq, detail));
        }
    }
}
