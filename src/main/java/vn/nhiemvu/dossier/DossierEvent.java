package vn.nhiemvu.dossier;

import java.time.LocalDate;

import vn.nhiemvu.audit.AuditableEvent;

/** A step in a task's dossier; audited as part of the task's history, in the same transaction. */
public sealed interface DossierEvent extends AuditableEvent {

    long taskId();

    @Override
    default String entityType() {
        return "TASK";
    }

    @Override
    default long entityId() {
        return taskId();
    }

    /** The state before and after, as the audit stores them. */
    record Snapshot(DossierState state) {
    }

    record FileAdded(long taskId, long agencyId, String actor, DossierState state, long fileId, FileRole role,
            String name, String sha256, int version) implements DossierEvent {
        @Override
        public String action() {
            return "DOSSIER_FILE_ADDED";
        }

        @Override
        public Object before() {
            return null;
        }

        @Override
        public Object after() {
            return this;
        }
    }

    record SubmittedForReview(long taskId, long agencyId, String actor, DossierState from) implements DossierEvent {
        @Override
        public String action() {
            return "DOSSIER_SUBMITTED_FOR_REVIEW";
        }

        @Override
        public Object before() {
            return new Snapshot(from);
        }

        @Override
        public Object after() {
            return new Snapshot(DossierState.SUBMITTED_FOR_REVIEW);
        }
    }

    record Reviewed(long taskId, long agencyId, String actor, ReviewDecision decision, String comments)
            implements DossierEvent {
        @Override
        public String action() {
            return decision == ReviewDecision.PASS ? "DOSSIER_PASSED" : "DOSSIER_RETURNED";
        }

        @Override
        public Object before() {
            return new Snapshot(DossierState.SUBMITTED_FOR_REVIEW);
        }

        @Override
        public Object after() {
            return this;
        }
    }

    record Submitted(long taskId, long agencyId, String actor, String documentNumber, LocalDate documentDate)
            implements DossierEvent {
        @Override
        public String action() {
            return "DOSSIER_SUBMITTED";
        }

        @Override
        public Object before() {
            return new Snapshot(DossierState.PASSED);
        }

        @Override
        public Object after() {
            return this;
        }
    }

    /** The task was reopened: its submission was undone and kept in the dossier's history; the dossier is PASSED again. */
    record SubmissionWithdrawn(long taskId, long agencyId, String actor, String documentNumber, LocalDate documentDate)
            implements DossierEvent {
        @Override
        public String action() {
            return "DOSSIER_SUBMISSION_WITHDRAWN";
        }

        @Override
        public Object before() {
            return new Snapshot(DossierState.SUBMITTED);
        }

        @Override
        public Object after() {
            return this;
        }
    }
}
