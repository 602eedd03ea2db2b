package vn.nhiemvu.identity;

import java.util.Optional;

/** Creating and finding local accounts. */
public interface Accounts {

    /**
     * Creates an account with a freshly hashed password.
     *
     * @param demo marks the demo accounts, which a production start refuses while they keep the demo password
     */
    long register(long agencyId, String username, String rawPassword, String displayName, Role role, Long unitId,
            Long leaderId, boolean demo);

    Optional<CurrentUser> find(String username);

    /**
     * The name people read for an account ("Nguyễn Văn A", "Cục Chuyển đổi số quốc gia"): its display name, or the
     * username itself for one that is not an account (a system actor) or no longer exists; empty for none.
     */
    default String nameOf(String username) {
        if (username == null || username.isBlank()) {
            return "";
        }
        return find(username).map(CurrentUser::displayName).filter(n -> !n.isBlank()).orElse(username);
    }

    /** The user changes their own password, proving the current one. */
    void changePassword(CurrentUser user, String currentPassword, String newPassword);

    /** An administrator sets another account's password (e.g. after the demo, or when one is forgotten). */
    void resetPassword(CurrentUser admin, String username, String newPassword);

    /** An administrator creates an account of their agency. */
    CurrentUser create(CurrentUser admin, String username, String password, String displayName, Role role,
            Long unitId, Long leaderId);

    /**
     * Creates the account of an outside agency's focal person ({@link Role#RESPONDENT}), belonging to that agency.
     * The caller has asked its own policy whether the user may (the proposal round's organiser, ADR 0035); this
     * checks the username, the name and the password as {@link #create} does.
     */
    CurrentUser createRespondent(long agencyId, String username, String password, String displayName);

    /** The agency's enabled accounts of a role, optionally only of a unit or a leader (whom notices go to). */
    java.util.List<CurrentUser> members(long agencyId, Role role, Long unitId, Long leaderId);

    /** The user signed in on the current request, if any. */
    Optional<CurrentUser> signedIn();
}
