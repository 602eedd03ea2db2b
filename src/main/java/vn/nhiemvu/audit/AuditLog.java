package vn.nhiemvu.audit;

import java.util.List;

/** Reading the audit log. Callers check first that the user may see the entity. */
public interface AuditLog {

    /** The entity's changes, oldest first. */
    List<AuditEntry> history(String entityType, long entityId);

    /** Whether the entity's chain of hashes is unbroken (no entry altered or removed in between). */
    boolean verify(String entityType, long entityId);
}
