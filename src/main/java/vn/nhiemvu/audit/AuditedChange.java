package vn.nhiemvu.audit;

/**
 * The before and after that the audit log stores for an event (serialised as JSON). An event keeps them here, apart
 * from the facts its other listeners read, so that only the audit depends on whole objects (ADR 0032).
 */
public record AuditedChange(Object before, Object after) {
}
