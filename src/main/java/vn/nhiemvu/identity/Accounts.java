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

    /** The user signed in on the current request, if any. */
    Optional<CurrentUser> signedIn();
}
