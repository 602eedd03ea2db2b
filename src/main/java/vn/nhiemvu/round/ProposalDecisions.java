package vn.nhiemvu.round;

import java.util.Map;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The organiser's decisions on single proposals and the undoing of decisions (ADR 0050), scoped as {@link Rounds}:
 * a round the user does not see is not found (404); then {@link RoundPermissions} (403). Deciding and undoing are the
 * round's {@code REVIEW}, un-merging its {@code MERGE}. Nothing is undone once the proposal concerned became a task.
 */
public interface ProposalDecisions {

    /**
     * Accepts or rejects (with a reason) a proposal of an agency's last version; one decision per proposal (a second
     * is a conflict naming the first: undo it first); a duplicate merged into another is decided through the one kept.
     */
    ProposalDecision decide(CurrentUser user, long roundId, ProposalRef proposal, ProposalDecision.Decision decision,
            String reason);

    /** Withdraws the decision on a proposal, with a reason; audited, and its proposer told. */
    ProposalDecision undoDecision(CurrentUser user, long roundId, ProposalRef proposal, String reason);

    /** Withdraws the decision on an agency's submitted version ({@link Rounds#review}), with a reason. */
    Review undoReview(CurrentUser user, long roundId, String receipt, String reason);

    /** Takes a merged duplicate out of the proposal it was merged into, with a reason; both proposals stay. */
    ProposalRef unmerge(CurrentUser user, long roundId, ProposalRef duplicate, String reason);

    /** The decisions on the round's proposals, by "receipt/table/row" (those who read the answers). */
    Map<String, ProposalDecision> decisions(CurrentUser user, long roundId);

    /** The decisions on the proposals of the respondent's own agency, by "receipt/table/row". */
    Map<String, ProposalDecision> myDecisions(CurrentUser user, long roundId);
}
