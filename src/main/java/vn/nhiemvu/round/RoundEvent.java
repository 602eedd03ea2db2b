package vn.nhiemvu.round;

import java.time.LocalDate;

import vn.nhiemvu.audit.AuditableEvent;
import vn.nhiemvu.audit.AuditedChange;

/** What happened to a proposal round, one small record per fact (ADR 0032); each is audited with its change. */
public sealed interface RoundEvent extends AuditableEvent.OfChange {

    long roundId();

    @Override
    default String entityType() {
        return "PROPOSAL_ROUND";
    }

    @Override
    default long entityId() {
        return roundId();
    }

    /**
     * The organiser opened the round: the agencies asked may answer until the deadline; the monitoring module tells
     * their focal people.
     */
    record RoundOpened(long roundId, long agencyId, String actor, String title, LocalDate deadline,
            java.util.List<Long> addresseeIds, AuditedChange audit) implements RoundEvent {

        public RoundOpened {
            addresseeIds = java.util.List.copyOf(addresseeIds);
        }

        @Override
        public String action() {
            return "OPENED";
        }
    }

    /** An agency submitted a version of its answer; its receipt's number and how late it came. */
    record SubmissionReceived(long roundId, long agencyId, String actor, long respondentAgencyId, String receipt,
            boolean late, long workingDaysLate, AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "SUBMISSION_RECEIVED";
        }
    }

    /** The organiser closed the round: nothing more is received. */
    record RoundClosed(long roundId, long agencyId, String actor, AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "CLOSED";
        }
    }

    /**
     * The organiser urged the agencies that have not answered (each at most once a day); the monitoring module sends
     * their focal people the notices.
     */
    record LateUrged(long roundId, long agencyId, String actor, String title, LocalDate deadline, LocalDate urgedOn,
            java.util.List<Long> urgedAgencyIds, AuditedChange audit) implements RoundEvent {

        public LateUrged {
            urgedAgencyIds = java.util.List.copyOf(urgedAgencyIds);
        }

        @Override
        public String action() {
            return "URGED";
        }
    }

    /** The Office turned proposals into tasks of a directive. */
    record ProposalsPlanned(long roundId, long agencyId, String actor, long directiveId, java.util.List<Long> taskIds,
            AuditedChange audit) implements RoundEvent {

        public ProposalsPlanned {
            taskIds = java.util.List.copyOf(taskIds);
        }

        @Override
        public String action() {
            return "PROPOSALS_PLANNED";
        }
    }

    /** Duplicates were merged into one proposal, their proposers kept. */
    record ProposalsMerged(long roundId, long agencyId, String actor, String kept, java.util.List<String> duplicates,
            AuditedChange audit) implements RoundEvent {

        public ProposalsMerged {
            duplicates = java.util.List.copyOf(duplicates);
        }

        @Override
        public String action() {
            return "PROPOSALS_MERGED";
        }
    }
    /** The organiser issued an invitation link for an addressee agency's focal person (the agency's older unused ones revoked). */
    record InvitationIssued(long roundId, long agencyId, String actor, long invitationId, long respondentAgencyId,
            java.time.Instant expiresAt, int revokedOlder, AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "INVITATION_ISSUED";
        }
    }

    /** The organiser revoked an invitation link not yet used. */
    record InvitationRevoked(long roundId, long agencyId, String actor, long invitationId, AuditedChange audit)
            implements RoundEvent {

        @Override
        public String action() {
            return "INVITATION_REVOKED";
        }
    }

    /** The invited person used the link: their account, the actor, now exists in the invited agency. */
    record InvitationAccepted(long roundId, long agencyId, String actor, long invitationId, long respondentAgencyId,
            AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "INVITATION_ACCEPTED";
        }
    }
    /**
     * The organiser decided on an agency's submitted version; the monitoring module tells the agency's focal people,
     * with the reason.
     */
    record SubmissionReviewed(long roundId, long agencyId, String actor, long respondentAgencyId, String title,
            String receipt, Review.Decision decision, String reason, AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "SUBMISSION_REVIEWED";
        }
    }

    /**
     * The organiser accepted or rejected one proposal (ADR 0050); the monitoring module tells the proposer's focal
     * people, with the reason.
     */
    record ProposalDecided(long roundId, long agencyId, String actor, long respondentAgencyId, String title,
            String proposal, ProposalDecision.Decision decision, String reason, java.time.Instant decidedAt,
            AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "PROPOSAL_DECIDED";
        }
    }

    /**
     * The organiser withdrew a decision, on a proposal ("receipt/table/row") or on a whole version (its receipt), with
     * the reason; the audit keeps what the decision was, the focal people are told.
     */
    record DecisionRetracted(long roundId, long agencyId, String actor, long respondentAgencyId, String title,
            String decided, String reason, java.time.Instant undoneAt, AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "DECISION_UNDONE";
        }
    }

    /** A merged duplicate was taken out of the proposal kept, with the reason; both proposals stand alone again. */
    record ProposalUnmerged(long roundId, long agencyId, String actor, String kept, String duplicate, String reason,
            AuditedChange audit) implements RoundEvent {

        @Override
        public String action() {
            return "PROPOSAL_UNMERGED";
        }
    }
}
