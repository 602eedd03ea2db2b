package vn.nhiemvu.web;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The remembered requests of {@link IdempotencyFilter}: one row per (user, key), in explicit SQL. */
@Repository
class JdbcIdempotentRequests {

    /** @param expired older than the retention: not replayed, deleted when the key is claimed again */
    record Stored(String request, boolean completed, int status, String contentType, String location, String body,
            String fingerprint, boolean expired) {
    }

    private final JdbcClient jdbc;

    JdbcIdempotentRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int purge(OffsetDateTime before) {
        return jdbc.sql("delete from idempotent_request where created_at < :since").param("since", before).update();
    }

    void forgetExpired(String username, String key, OffsetDateTime before) {
        jdbc.sql("delete from idempotent_request where username = :username and idem_key = :key and created_at < :since")
                .param("username", username).param("key", key).param("since", before).update();
    }

    /** Throws {@link org.springframework.dao.DuplicateKeyException} when the key is taken. */
    void claim(String username, String key, String request, OffsetDateTime now) {
        jdbc.sql("""
                insert into idempotent_request (username, idem_key, request, created_at)
                values (:username, :key, :request, :now)
                """).param("username", username).param("key", key).param("request", request).param("now", now).update();
    }

    void complete(String username, String key, int status, String contentType, String location, String body,
            String fingerprint) {
        jdbc.sql("""
                update idempotent_request set completed = true, status = :status, content_type = :type,
                    location = :location, body = :body, request_hash = :hash
                where username = :username and idem_key = :key
                """).param("status", status).param("type", contentType).param("location", location).param("body", body)
                .param("hash", fingerprint).param("username", username).param("key", key).update();
    }

    /** Drops a claim inside its transaction: an answer that must not be stored (a secret shown once). */
    void forget(String username, String key) {
        jdbc.sql("delete from idempotent_request where username = :username and idem_key = :key")
                .param("username", username).param("key", key).update();
    }

    Optional<Stored> find(String username, String key, OffsetDateTime expiredBefore) {
        return jdbc.sql("""
                select request, completed, status, content_type, location, body, request_hash,
                    created_at < :since as expired
                from idempotent_request where username = :username and idem_key = :key
                """).param("username", username).param("key", key).param("since", expiredBefore)
                .query((rs, n) -> new Stored(rs.getString("request"), rs.getBoolean("completed"), rs.getInt("status"),
                        rs.getString("content_type"), rs.getString("location"), rs.getString("body"),
                        rs.getString("request_hash"),
                        rs.getBoolean("expired")))
                .optional();
    }
}
