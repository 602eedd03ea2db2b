package vn.nhiemvu.round.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.round.Invitation;

/** The invitations table, in explicit SQL; a link is found by the hash of its token, never by the token. */
@Repository
class JdbcInvitations {

    private static final String INVITATION = """
            select id, round_id, agency_id, issued_by, issued_at, expires_at, accepted_username, accepted_at,
                   revoked_by, revoked_at
              from round_invitation i
            """;

    private final JdbcClient jdbc;

    JdbcInvitations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long roundId, long agencyId, String tokenSha256, String by, Instant at, Instant expiresAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into round_invitation (round_id, agency_id, token_sha256, issued_by, issued_at, expires_at)
                values (:round, :agency, :sha, :by, :at, :expires)
                """).param("round", roundId).param("agency", agencyId).param("sha", tokenSha256).param("by", by)
                .param("at", offset(at)).param("expires", offset(expiresAt)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Invitation> find(long id) {
        return jdbc.sql(INVITATION + " where i.id = :id").param("id", id).query((rs, n) -> invitation(rs)).optional();
    }

    Optional<Invitation> byToken(String tokenSha256) {
        return jdbc.sql(INVITATION + " where i.token_sha256 = :sha").param("sha", tokenSha256)
                .query((rs, n) -> invitation(rs)).optional();
    }

    List<Invitation> ofRound(long roundId) {
        return jdbc.sql(INVITATION + " where i.round_id = :round order by i.issued_at desc, i.id desc")
                .param("round", roundId).query((rs, n) -> invitation(rs)).list();
    }

    /** Revokes the agency's links of the round that are still unused and unrevoked; returns how many. */
    int revokeUnused(long roundId, long agencyId, String by, Instant at) {
        return jdbc.sql("""
                update round_invitation set revoked_by = :by, revoked_at = :at
                 where round_id = :round and agency_id = :agency and accepted_at is null and revoked_at is null
                """).param("by", by).param("at", offset(at)).param("round", roundId).param("agency", agencyId)
                .update();
    }

    /** Revokes the link if it is unused and unrevoked; false when it was not. */
    boolean revoke(long id, String by, Instant at) {
        return jdbc.sql("""
                update round_invitation set revoked_by = :by, revoked_at = :at
                 where id = :id and accepted_at is null and revoked_at is null
                """).param("by", by).param("at", offset(at)).param("id", id).update() == 1;
    }

    /**
     * Marks the link used by the account, only while it is pending: a link used twice at once is used once (the row
     * is locked by the first update until its transaction ends).
     */
    boolean accept(long id, String username, Instant at) {
        return jdbc.sql("""
                update round_invitation set accepted_username = :username, accepted_at = :at
                 where id = :id and accepted_at is null and revoked_at is null and expires_at > :at
                """).param("username", username).param("at", offset(at)).param("id", id).update() == 1;
    }

    private static Invitation invitation(ResultSet rs) throws SQLException {
        return new Invitation(rs.getLong("id"), rs.getLong("round_id"), rs.getLong("agency_id"),
                rs.getString("issued_by"), instant(rs, "issued_at"), instant(rs, "expires_at"),
                rs.getString("accepted_username"), instant(rs, "accepted_at"), rs.getString("revoked_by"),
                instant(rs, "revoked_at"));
    }

    private static OffsetDateTime offset(Instant at) {
        return at.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
