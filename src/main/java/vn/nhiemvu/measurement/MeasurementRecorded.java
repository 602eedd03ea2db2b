package vn.nhiemvu.measurement;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;

/**
 * Something recorded about measurement, audited under its entity: an indicator defined or changed and its values
 * ({@code INDICATOR}), a criterion of the PAR index and its self-assessed scores ({@code PAR_CRITERION}).
 */
public record MeasurementRecorded(String entityType, long entityId, long agencyId, String action, String actor,
        AuditedChange audit) implements AuditableEvent.OfChange {
}
