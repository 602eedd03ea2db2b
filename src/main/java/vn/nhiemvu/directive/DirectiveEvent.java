package vn.nhiemvu.directive;

import java.util.Objects;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;

/**
 * Something that happened to a directive, one record per fact (ADR 0032); each is audited in the same transaction,
 * the directive before and after kept in {@link #audit()} for the audit only.
 */
public sealed interface DirectiveEvent extends AuditableEvent.OfChange {

    long directiveId();

    /** What the audit log records: the directive as stored before and after. */
    AuditedChange audit();

    @Override
    default String entityType() {
        return "DIRECTIVE";
    }

    @Override
    default long entityId() {
        return directiveId();
    }

    @Override
    default boolean afterIsState() {
        return true;
    }

    record DirectiveRecorded(long directiveId, long agencyId, String actor, AuditedChange audit)
            implements DirectiveEvent {

        public DirectiveRecorded(Directive directive, String actor) {
            this(directive.id(), directive.agencyId(), actor, new AuditedChange(null, directive));
        }

        @Override
        public String action() {
            return "CREATED";
        }
    }

    /**
     * {@code extensionCutoffChanged}: the date after which no extension counts moved, so statuses may move without
     * any task changing.
     */
    record DirectiveUpdated(long directiveId, long agencyId, String actor, String number,
            boolean extensionCutoffChanged, AuditedChange audit) implements DirectiveEvent {

        public DirectiveUpdated(Directive before, Directive after, String actor) {
            this(after.id(), after.agencyId(), actor, after.number(),
                    !Objects.equals(before.extensionCutoff(), after.extensionCutoff()),
                    new AuditedChange(before, after));
        }

        @Override
        public String action() {
            return "UPDATED";
        }
    }
}
