package vn.nhiemvu.directive;

import vn.nhiemvu.audit.AuditableEvent;

/** A directive was recorded. */
public record DirectiveRecorded(Directive directive, String actor) implements AuditableEvent {

    @Override
    public String entityType() {
        return "DIRECTIVE";
    }

    @Override
    public long entityId() {
        return directive.id();
    }

    @Override
    public long agencyId() {
        return directive.agencyId();
    }

    @Override
    public String action() {
        return "CREATED";
    }

    @Override
    public Object before() {
        return null;
    }

    @Override
    public Object after() {
        return directive;
    }
}
