package vn.nhiemvu.organization;

import vn.nhiemvu.audit.AuditableEvent;

/** A directory was applied to the organisation: audited with what it added. */
public record OrganizationImported(long agencyId, OrganizationDirectory.Applied after, String actor)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "ORGANIZATION";
    }

    @Override
    public long entityId() {
        return agencyId;
    }

    @Override
    public String action() {
        return "IMPORTED";
    }

    @Override
    public Object before() {
        return null;
    }
}
