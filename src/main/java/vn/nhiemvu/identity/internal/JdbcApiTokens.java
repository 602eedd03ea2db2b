package vn.nhiemvu.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.identity.ApiTokens;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.CacheInvalidation;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.NotFoundException;

/**
 * Tokens are 256 random bits, so a single SHA-256 (not a slow password hash) is enough to store
 * them safely, and checking one costs one indexed lookup per request.
 */
@Service
@Transactional(readOnly = true)
class JdbcApiTokens implements ApiTokens {

    private static final String PREFIX = "nv_";
    private static final int MAX_NAME = 100;
    /** Recording every use would turn each API read into a write; once in a while is enough. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(10);
    private static final String EVICTED = "identity.tokens-evicted";

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    /**
     * Valid tokens by hash, so that an API request costs no query. A revocation takes effect at once on this node
     * and, through a cluster signal sent with its commit, on the others (ADR 0019); the time to live (ADR 0010)
     * bounds what a node that missed the signal keeps. Unknown tokens are not kept.
     */
    private final Cache<String, Known> valid;
    private final ClusterSignals signals;

    JdbcApiTokens(JdbcClient jdbc, Clock clock, ClusterSignals signals,
            TokenCacheProperties settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.signals = signals;
        this.valid = Caffeine.newBuilder().expireAfterWrite(settings.tokenTtl()).maximumSize(10_000).build();
        signals.subscribe(EVICTED, this::evicted, valid::invalidateAll);
    }

    @Override
    @Transactional
    public IssuedToken create(CurrentUser owner, String name) {
        return issue(owner, name, null);
    }

    @Override
    @Transactional
    public IssuedToken createScoped(CurrentUser owner, String name, String scope) {
        if (scope == null || !scope.matches("[a-z]+:[^\\s]{1,80}")) {
            throw new IllegalArgumentException("a scope is kind:subject, was " + scope);
        }
        return issue(owner, name, scope);
    }

    @Override
    public List<TokenInfo> scoped(String scope) {
        return jdbc.sql("""
                select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at, t.scope, u.username
                from api_token t join app_user u on u.id = t.user_id
                where t.scope = :scope and t.revoked_at is null order by t.id desc
                """).param("scope", scope).query(JdbcApiTokens::tokenInfo).list();
    }

    private IssuedToken issue(CurrentUser owner, String name, String scope) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw InvalidInputException.of("name", Message.of("invalid.identity.name.required"));
        }
        if (trimmed.length() > MAX_NAME) {
            throw InvalidInputException.of("name", Message.of("invalid.identity.name.too-long", MAX_NAME));
        }
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into api_token (user_id, name, token_hash, created_at, scope)
                values (:user, :name, :hash, :now, :scope)
                """)
                .param("user", owner.id()).param("scope", scope).param("name", trimmed).param("hash", hash(token))
                .param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .update(keys, "id");
        return new IssuedToken(keys.getKeyAs(Number.class).longValue(), trimmed, token, now);
    }

    @Override
    public List<TokenInfo> list(CurrentUser owner) {
        return jdbc.sql("""
                select t.id, t.name, t.created_at, t.last_used_at, t.revoked_at, t.scope, u.username
                from api_token t join app_user u on u.id = t.user_id
                where t.user_id = :user order by t.id desc
                """).param("user", owner.id()).query(JdbcApiTokens::tokenInfo).list();
    }

    @Override
    @Transactional
    public void revoke(CurrentUser owner, long tokenId) {
        String hash = jdbc.sql("select token_hash from api_token where id = :id and user_id = :user")
                .param("id", tokenId).param("user", owner.id()).query(String.class).optional()
                .orElseThrow(() -> new NotFoundException(Message.of("notfound.identity.api-token.unknown", tokenId)));
        jdbc.sql("update api_token set revoked_at = coalesce(revoked_at, :now) where id = :id")
                .param("now", OffsetDateTime.now(clock)).param("id", tokenId).update();
        evictToken(hash);
    }

    @Override
    @Transactional
    public void evictUser(String username) {
        CacheInvalidation.nowAndAfterCompletion(() -> dropUser(username));
        signals.publishWithCommit(EVICTED, "user:" + username);
    }

    /** Drops the token from every node's cache: here now and after the transaction, elsewhere as it commits. */
    void evictToken(String hash) {
        CacheInvalidation.nowAndAfterCompletion(() -> valid.invalidate(hash));
        signals.publishWithCommit(EVICTED, "token:" + hash);
    }

    private void evicted(String what) {
        if (what.startsWith("token:")) {
            valid.invalidate(what.substring("token:".length()));
        } else if (what.startsWith("user:")) {
            dropUser(what.substring("user:".length()));
        } else {
            valid.invalidateAll();
        }
    }

    private void dropUser(String username) {
        valid.asMap().values().removeIf(known -> known.account().getUsername().equals(username));
    }

    /** Revokes every token of the account, as a changed or reset password does. */
    @Transactional
    void revokeAll(String username) {
        jdbc.sql("""
                update api_token set revoked_at = :now
                where revoked_at is null and user_id in (select id from app_user where username = :username)
                """).param("now", OffsetDateTime.now(clock)).param("username", username).update();
        evictUser(username);
    }

    /** A valid token's account and the token itself. */
    record Authenticated(AccountDetails account, TokenUse token) {
    }

    /** The account of a valid, unrevoked token, or empty. Outside a transaction: one read, rarely one write. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    Optional<Authenticated> authenticate(String token) {
        if (token == null || !token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String hash = hash(token);
        Known known = valid.getIfPresent(hash);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (known != null && !isStale(known.lastUsed(), now)) {
            return Optional.of(new Authenticated(known.account(), known.token()));
        }
        var found = jdbc.sql("""
                select u.id, u.username, u.display_name, u.role, u.agency_id, u.unit_id, u.leader_id,
                       u.password_hash, u.enabled, t.last_used_at, t.id as token_id, t.name as token_name, t.scope
                from app_user u join api_token t on t.user_id = u.id
                where t.token_hash = :hash and t.revoked_at is null
                """).param("hash", hash)
                .query((rs, n) -> new Object[] { JdbcAccounts.accountDetails(rs, n),
                        rs.getObject("last_used_at", OffsetDateTime.class),
                        new TokenUse(rs.getLong("token_id"), rs.getString("token_name"), rs.getString("scope")) })
                .optional();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        OffsetDateTime lastUsed = (OffsetDateTime) found.get()[1];
        // A write only when the recorded use is stale: reads stay reads.
        if (isStale(lastUsed, now)) {
            jdbc.sql("update api_token set last_used_at = :now where token_hash = :hash")
                    .param("now", now).param("hash", hash).update();
            lastUsed = now;
        }
        var account = (AccountDetails) found.get()[0];
        var use = (TokenUse) found.get()[2];
        valid.put(hash, new Known(account, lastUsed, use));
        return Optional.of(new Authenticated(account, use));
    }

    private static boolean isStale(OffsetDateTime lastUsed, OffsetDateTime now) {
        return lastUsed == null || lastUsed.isBefore(now.minus(LAST_USED_RESOLUTION));
    }

    /** A valid token's account, and when its use was last recorded. */
    private record Known(AccountDetails account, OffsetDateTime lastUsed, TokenUse token) {
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static TokenInfo tokenInfo(ResultSet rs, int row) throws SQLException {
        return new TokenInfo(rs.getLong("id"), rs.getString("name"), instant(rs, "created_at"),
                instant(rs, "last_used_at"), instant(rs, "revoked_at"), rs.getString("scope"), rs.getString("username"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
