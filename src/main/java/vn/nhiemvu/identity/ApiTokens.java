package vn.nhiemvu.identity;

import java.time.Instant;
import java.util.List;

/** Personal API tokens for scripts and other systems. Only a hash of each token is kept. */
public interface ApiTokens {

    /** Creates a token; its secret is in the result and nowhere else, ever again. */
    IssuedToken create(CurrentUser owner, String name);

    List<TokenInfo> list(CurrentUser owner);

    /** Revokes one of the owner's tokens; another user's token does not exist for them. */
    void revoke(CurrentUser owner, long tokenId);

    /**
     * Forgets the tokens of this account that this node remembers as valid, so that the next use
     * reads the database. Done on this node whenever tokens are revoked; the hook for other nodes
     * on {@link CredentialsRevoked}.
     */
    void forgetCached(String username);

    record IssuedToken(long id, String name, String token, Instant createdAt) {
    }

    record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }
}
