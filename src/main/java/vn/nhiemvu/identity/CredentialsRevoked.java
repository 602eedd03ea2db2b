package vn.nhiemvu.identity;

/**
 * An account's password was changed or reset: its API tokens are revoked and its other sessions
 * ended, in the same transaction. Published inside that transaction; a node that caches tokens
 * (see {@link ApiTokens#forgetCached(String)}) must forget this account's when it hears of it.
 */
public record CredentialsRevoked(String username) {
}
