package vn.nhiemvu.dossier;

import java.time.LocalDate;

import vn.nhiemvu.audit.AuditableEvent;

/**
 * A step in a task's dossier, one record per fact (ADR 0032); audited as part of the task's history, in the same
 * transaction. What the audit stores as before and after is kept as it was before the records were split.
 */
public sealed interface DossierEvent extends AuditableEvent.InTaskHistory {

    /** The state before and after, as the audit stores them. */
    record Snapshot(DossierState state) {
    }

    /** A review as the audit stores it (after a pass or a return). */
    record Review(long taskId, long agencyId, String actor, ReviewDecision decision, String comments) {
    }

    record DossierFileAdded(long taskId, long agencyId, String actor, DossierState state, long fileId, FileRole role,
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

    /** The lead unit sent the dossier to the Legal department for review. */
    record DossierReviewRequested(long taskId, long agencyId, String actor, DossierState from)
            implements DossierEvent {
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

    record DossierPassed(long taskId, long agencyId, String actor, String comments) implements DossierEvent {
        @Override
        public String action() {
            return "DOSSIER_PASSED";
        }

        @Override
        public Object before() {
            return new Snapshot(DossierState.SUBMITTED_FOR_REVIEW);
        }

        @Override
        public Object after() {
            return new Review(taskId, agencyId, actor, ReviewDecision.PASS, comments);
        }
    }

    record DossierReturned(long taskId, long agencyId, String actor, String comments) implements DossierEvent {
        @Override
        public String action() {
            return "DOSSIER_RETURNED";
        }

        @Override
        public Object before() {
            return new Snapshot(DossierState.SUBMITTED_FOR_REVIEW);
        }

        @Override
        public Object after() {
            return new Review(taskId, agencyId, actor, ReviewDecision.RETURN, comments);
        }
    }

    record DossierSubmitted(long taskId, long agencyId, String actor, String documentNumber, LocalDate documentDate)
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
    record DossierSubmissionWithdrawn(long taskId, long agencyId, String actor, String documentNumber,
            LocalDate documentDate) implements DossierEvent {
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
