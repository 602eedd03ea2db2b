package vn.nhiemvu.round;

import java.time.Instant;

import vn.nhiemvu.shared.InputRules;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The organiser's decision on one submitted version of an agency's answer (ADR 0045), which the agency's focal person
 * reads with its reason; a revision is a new version awaiting its own decision.
 *
 * @param receipt the version's receipt number
 */
public record Review(String receipt, Decision decision, String reason, String decidedBy, Instant decidedAt) {

    public static final int MAX_REASON = 2000;

    public enum Decision {
        /** The answer is taken as it is. */
        ACCEPTED,
        /** Sent back to be completed or corrected; the agency may revise until the deadline. */
        RETURNED,
        /** Not taken; the agency may still send another version until the deadline. */
        REJECTED;

        public String code() {
            return "round.review." + name();
        }

        /** Returning or rejecting says why: the respondent must know what to change. */
        public boolean needsReason() {
            return this != ACCEPTED;
        }
    }

    /** The decision and its reason as typed, checked; the reason stripped. */
    public static String checkedReason(Decision decision, String reason, InvalidInputException.Collector errors) {
        String r = reason == null ? "" : reason.strip();
        if (decision == null) {
            errors.add("decision", Message.of("invalid.round.review.decision.required"));
        } else if (decision.needsReason() && r.isEmpty()) {
            errors.add("reason", Message.of("invalid.round.review.reason.required", Message.of(decision.code())));
        }
        if (r.length() > MAX_REASON) {
            errors.add("reason", Message.of("invalid.round.review.reason.too-long", r.length(), MAX_REASON));
        } else if (!InputRules.isAcceptableText(r)) {
            errors.add("reason", Message.of("invalid.round.review.reason.characters"));
        }
        return r;
    }
}
