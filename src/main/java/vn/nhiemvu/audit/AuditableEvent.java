package vn.nhiemvu.audit;

/**
 * A domain event that the audit log records. Modules publish their own events implementing
 * this; the audit module listens synchronously, so the record commits or rolls back with the
 * change.
 */
public interface AuditableEvent {

    /** e.g. {@code TASK}, {@code DIRECTIVE} */
    String entityType();

    long entityId();

    long agencyId();

    /** e.g. {@code CREATED}, {@code UPDATED}, {@code COMPLETED} */
    String action();

    /** The username of who did it. */
    String actor();

    /** The state before the change (null when created); serialised as JSON. */
    Object before();

    /** The state after the change; serialised as JSON. */
    Object after();

    /**
     * Whether {@link #after()} is the entity's whole state as stored (null once deleted): what its
     * {@link AuditedStateSource} reads back, so that the verifier can compare the entity now with its last recorded
     * state. False for events that record something else (a request, a plan, a letter) in the entity's history.
     */
    default boolean afterIsState() {
        return false;
    }

    /** An event that keeps what the audit stores apart from the facts its other listeners read (ADR 0032). */
    interface OfChange extends AuditableEvent {

        AuditedChange audit();

        @Override
        default Object before() {
            return audit().before();
        }

        @Override
        default Object after() {
            return audit().after();
        }
    }

    /** An event of another module recorded in a task's history (its plan, its dossier). */
    interface InTaskHistory extends AuditableEvent {

        long taskId();

        @Override
        default String entityType() {
            return "TASK";
        }

        @Override
        default long entityId() {
            return taskId();
        }
    }
}
