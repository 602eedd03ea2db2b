package vn.nhiemvu.round;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * Invitations of the addressee agencies' focal people (ADR 0045): the organiser issues a one-time link that expires
 * (setting {@code nhiemvu.round.invitation-validity}) and may revoke it; the person who follows it sets a password,
 * which creates their account in that agency, so they see the rounds addressed to it. A used, revoked or expired link
 * is refused (409) saying which; an unknown one is not found (404).
 */
public interface RoundInvitations {

    /**
     * Issues a link for an addressee agency (the organiser, as {@link RoundPermissions.Action#ADD_RESPONDENT}); the
     * agency's links not yet used are revoked, so only the newest one works.
     */
    IssuedInvitation invite(CurrentUser user, long roundId, String agencyCode);

    /** The round's invitations, newest first (the organiser). */
    List<Invitation> invitations(CurrentUser user, long roundId);

    /** Revokes a link not yet used; revoking it again changes nothing; a used one cannot be revoked. */
    Invitation revoke(CurrentUser user, long roundId, long invitationId);

    /** What the link opens on (no user), or the refusal when it cannot be used. */
    InvitationLink open(String token);

    /**
     * Uses the link: creates the focal person's account in the invited agency with the username, name and password
     * they chose (checked as every account's), and marks the link used, in one transaction; a refused account leaves
     * the link usable.
     */
    CurrentUser accept(String token, String username, String displayName, String password);
}
