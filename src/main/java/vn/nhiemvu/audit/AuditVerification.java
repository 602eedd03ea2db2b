package vn.nhiemvu.audit;

import java.time.Instant;
import java.util.List;

/**
 * The result of one verification of the whole audit log: every stream's keyed chain, its head and the signed
 * checkpoints, and every audited entity's current state against its last recorded one.
 *
 * @param checkpoint   the number of the latest checkpoint in the signed file, or null if there is none yet
 * @param problemCount every problem found; {@code problems} lists the first {@value #LISTED} of them
 */
public record AuditVerification(Instant at, long streams, long entries, long statesCompared, Long checkpoint,
        Instant checkpointAt, long problemCount, List<Problem> problems) {

    public static final int LISTED = 500;

    public boolean intact() {
        return problemCount == 0;
    }

    /**
     * @param seq the entry concerned, when there is one
     */
    public record Problem(Kind kind, String entityType, long entityId, Long seq, String detail) {
    }

    public enum Kind {
        /** The entry's HMAC does not match its content: changed without the key. */
        ENTRY_ALTERED,
        /** The entry does not name the previous entry's hash. */
        LINK_BROKEN,
        /** Sequence numbers are missing: entries deleted. */
        SEQUENCE_GAP,
        /** The stream's head does not point at its last entry: the tail truncated, or an entry added behind. */
        HEAD_MISMATCH,
        /** Entries without their stream's head row. */
        HEAD_MISSING,
        /** A head (or a checkpoint) without any entry left: the stream deleted. */
        ENTRIES_MISSING,
        /** An entry still under the plain SHA-256 of earlier versions, not re-keyed. */
        LEGACY_ENTRY,
        /** The stream differs from what a signed checkpoint recorded: rewritten or truncated since. */
        CHECKPOINT_MISMATCH,
        /** The checkpoint file is missing, its signature or its sequence is wrong. */
        CHECKPOINT_INVALID,
        /** The entity as stored differs from its last recorded state. */
        STATE_MISMATCH,
        /** The entity exists without any recorded state. */
        STATE_UNAUDITED,
        /** The recorded state says the entity exists; it does not. */
        STATE_MISSING
    }
}
