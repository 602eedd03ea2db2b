package vn.nhiemvu.round;

/**
 * An invitation just issued, with the token its link carries: shown to the organiser this once, since only its hash
 * is kept.
 */
public record IssuedInvitation(Invitation invitation, String token) {

    /** The link's path; the page or the API puts the server's address before it. */
    public String path() {
        return "/invitations/" + token;
    }
}
