package vn.nhiemvu.audit;

import java.util.List;

/**
 * The current state of a module's audited entities, as the module's events record it ({@link AuditableEvent#after()}
 * when {@link AuditableEvent#afterIsState()}), so that the verifier can find a row changed behind the application's
 * back. The audit module serialises both sides with the same JSON mapper.
 */
public interface AuditedStateSource {

    /** The entity type of the events, e.g. {@code TASK}. */
    String entityType();

    /** Up to {@code size} entities with an id above {@code afterId}, in id order. */
    List<AuditedState> page(long afterId, int size);

    /** One entity as stored now. */
    record AuditedState(long id, Object state) {
    }
}
