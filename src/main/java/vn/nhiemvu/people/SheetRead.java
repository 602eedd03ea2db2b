package vn.nhiemvu.people;

import java.time.LocalDate;
import java.util.Map;

import vn.nhiemvu.audit.AuditableEvent;

/** A person's sheet was read (personal data, Nghị định 13/2023): audited under the person's account, action READ. */
public record SheetRead(long agencyId, long personId, String period, LocalDate asOf, String actor)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "PERSON_SHEET";
    }

    @Override
    public long entityId() {
        return personId;
    }

    @Override
    public String action() {
        return "READ";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return Map.of("period", period, "asOf", asOf.toString());
    }
}
