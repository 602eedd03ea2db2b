package vn.nhiemvu.round;

import java.time.Instant;
import java.util.Optional;

import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * A one-time link inviting an addressee agency's focal person to set a password; accepting it creates their account
 * in that agency (ADR 0045). The link's token is never kept, only its hash, so this record cannot give it back.
 *
 * @param acceptedUsername the account the link created, once accepted
 */
public record Invitation(long id, long roundId, long agencyId, String issuedBy, Instant issuedAt, Instant expiresAt,
        String acceptedUsername, Instant acceptedAt, String revokedBy, Instant revokedAt) {

    /** Where a link stands; once it is no longer pending it never is again. */
    public enum State {
        PENDING, ACCEPTED, REVOKED, EXPIRED;

        public String code() {
            return "round.invitation.state." + name();
        }
    }

    public State state(Instant now) {
        if (acceptedAt != null) {
            return State.ACCEPTED;
        }
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return now.isBefore(expiresAt) ? State.PENDING : State.EXPIRED;
    }

    /** Why the link cannot be used now (used, revoked or expired), or empty while it can. */
    public Optional<Message> refusal(Instant now) {
        return switch (state(now)) {
            case PENDING -> Optional.empty();
            case ACCEPTED -> Optional.of(Message.of("conflict.round.invitation.used", DisplayDates.dateTime(acceptedAt)));
            case REVOKED -> Optional.of(Message.of("conflict.round.invitation.revoked", DisplayDates.dateTime(revokedAt)));
            case EXPIRED -> Optional.of(Message.of("conflict.round.invitation.expired", DisplayDates.dateTime(expiresAt)));
        };
    }
}
