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
     * Drops the account's tokens from the cache of every node as the current transaction commits (at once outside
     * one), so that the next request with one of them reads the database: after its tokens are revoked, its
     * password changed, the account disabled or its role changed.
     */
    void evictUser(String username);

    record IssuedToken(long id, String name, String token, Instant createdAt) {
    }

    record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
    }
}
