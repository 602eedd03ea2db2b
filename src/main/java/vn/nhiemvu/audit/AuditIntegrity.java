package vn.nhiemvu.audit;

import java.util.Optional;

/** Verifying the audit log, and writing its signed checkpoints. For the administrator; callers check the role. */
public interface AuditIntegrity {

    /** The latest verification this node ran, if any. */
    Optional<AuditVerification> latest();

    /** Verifies the whole log now (it reads every entry and every audited entity). */
    AuditVerification verifyNow();

    /** Writes a checkpoint now (if another node is writing one, waits for none and returns its number). */
    long checkpointNow();
}
