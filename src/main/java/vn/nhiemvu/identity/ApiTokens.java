package vn.nhiemvu.identity;

import java.time.Instant;
import java.util.List;

/** Personal API tokens for scripts and other systems. Only a hash of each token is kept. */
public interface ApiTokens {

    /** Creates a token; its secret is in the result and nowhere else, ever again. */
    IssuedToken create(CurrentUser owner, String name);

    /**
     * Creates a token that acts as the owner only within the scope {@code kind:subject} (ADR 0051): the requests the
     * {@link TokenScopes} of that kind permit, nothing else. The caller checks that the owner may give it.
     */
    IssuedToken createScoped(CurrentUser owner, String name, String scope);

    /** The unrevoked tokens scoped exactly so, whoever owns them, newest first. */
    List<TokenInfo> scoped(String scope);

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

    /** @param scope {@code kind:subject} (null: the owner's whole reach) */
    record TokenInfo(long id, String name, Instant createdAt, Instant lastUsedAt, Instant revokedAt, String scope,
            String owner) {
    }

    /**
     * The token a request of the API was authenticated with, for what records where a change came from; read it with
     * {@link #current()}.
     */
    record TokenUse(long id, String name, String scope) {

        static final String ATTRIBUTE = TokenUse.class.getName();

        /** The current request's token, if it came with one. */
        public static java.util.Optional<TokenUse> current() {
            var attributes = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
            return java.util.Optional.ofNullable(attributes == null ? null
                    : (TokenUse) attributes.getAttribute(ATTRIBUTE,
                            org.springframework.web.context.request.RequestAttributes.SCOPE_REQUEST));
        }

        /** Where the filter leaves it. */
        public static String attribute() {
            return ATTRIBUTE;
        }
    }
}
