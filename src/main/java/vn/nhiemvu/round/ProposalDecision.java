package vn.nhiemvu.round;

import java.time.Instant;

import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The organiser's decision on one proposal (ADR 0050), beside the decision on the agency's whole answer
 * ({@link Review}): accepted, or rejected with the reason the proposer reads. Merging, the third way, is
 * {@link Rounds#merge}.
 */
public record ProposalDecision(ProposalRef proposal, Decision decision, String reason, String decidedBy,
        Instant decidedAt) {

    public enum Decision {
        /** To be turned into a task of the plan. */
        ACCEPTED,
        /** Not taken into the plan; the proposer reads why. */
        REJECTED;

        public String code() {
            return "round.proposal-decision." + name();
        }
    }

    /** The reason as typed, checked: a rejection says why; the reason stripped. */
    public static String checkedReason(Decision decision, String reason, InvalidInputException.Collector errors) {
        String r = reason == null ? "" : reason.strip();
        if (decision == null) {
            errors.add("decision", Message.of("invalid.round.proposal-decision.required"));
        } else if (decision == Decision.REJECTED && r.isEmpty()) {
            errors.add("reason", Message.of("invalid.round.proposal-decision.reason.required"));
        }
        checkText("reason", r, errors);
        return r;
    }

    /** Undoing a decision says why, for the audit and for the proposer. */
    public static String checkedUndoReason(String reason, InvalidInputException.Collector errors) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            errors.add("reason", Message.of("invalid.round.undo.reason.required"));
        }
        checkText("reason", r, errors);
        return r;
    }

    private static void checkText(String field, String r, InvalidInputException.Collector errors) {
        if (r.length() > Review.MAX_REASON) {
            errors.add(field, Message.of("invalid.round.review.reason.too-long", r.length(), Review.MAX_REASON));
        } else if (!InputRules.isAcceptableText(r)) {
            errors.add(field, Message.of("invalid.round.review.reason.characters"));
        }
    }
}
