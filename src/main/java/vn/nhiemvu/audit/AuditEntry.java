package vn.nhiemvu.audit;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/**
 * One recorded change, the {@code seq}-th of its entity's stream. {@code hash} (an HMAC under a key outside the
 * database) chains it to the previous entry of the same entity.
 */
public record AuditEntry(long id, String entityType, long entityId, String action, String actor, Instant at,
        JsonNode before, JsonNode after, String hash, long seq) {
}
