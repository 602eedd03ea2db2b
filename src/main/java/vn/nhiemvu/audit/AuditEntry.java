package vn.nhiemvu.audit;

import java.time.Instant;

import tools.jackson.databind.JsonNode;

/** One recorded change. {@code hash} chains it to the previous entry of the same entity. */
public record AuditEntry(long id, String entityType, long entityId, String action, String actor, Instant at,
        JsonNode before, JsonNode after, String hash) {
}
