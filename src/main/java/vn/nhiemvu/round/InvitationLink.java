package vn.nhiemvu.round;

/** What an invitation link opens on, for the person who follows it: which round and for which agency. */
public record InvitationLink(Invitation invitation, String roundTitle, String agencyName) {
}
