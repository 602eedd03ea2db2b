package vn.nhiemvu.area;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;

/** The Office added or changed a management area: audited. */
public record AreaSaved(long agencyId, long areaId, String action, String actor, AuditedChange audit)
        implements AuditableEvent.OfChange {

    @Override
    public String entityType() {
        return "MANAGEMENT_AREA";
    }

    @Override
    public long entityId() {
        return areaId;
    }
}
