package vn.nhiemvu.directive;

import vn.nhiemvu.audit.AuditableEvent;

/** Something that happened to a directive; each is audited in the same transaction. */
public sealed interface DirectiveEvent extends AuditableEvent {

    Directive directive();

    @Override
    default String entityType() {
        return "DIRECTIVE";
    }

    @Override
    default long entityId() {
        return directive().id();
    }

    @Override
    default long agencyId() {
        return directive().agencyId();
    }

    @Override
    default Object after() {
        return directive();
    }

    record DirectiveRecorded(Directive directive, String actor) implements DirectiveEvent {

        @Override
        public String action() {
            return "CREATED";
        }

        @Override
        public Object before() {
            return null;
        }
    }

    record DirectiveUpdated(Directive before, Directive directive, String actor) implements DirectiveEvent {

        @Override
        public String action() {
            return "UPDATED";
        }
    }
}
