package vn.nhiemvu.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import com.nimbusds.jose.jwk.OctetKeyPair;

/** This installation's signing keys: the one in use, and those rotated out (still published for a while). */
@Repository
class JdbcKeys {

    private final JdbcClient jdbc;

    JdbcKeys(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<OctetKeyPair> current() {
        return jdbc.sql("""
                select private_jwk from federation_key where retired_at is null order by id desc fetch first 1 rows only
                """).query(String.class).optional().map(Keys::parse);
    }

    void add(OctetKeyPair key, Instant at) {
        jdbc.sql("""
                insert into federation_key (kid, private_jwk, public_jwk, created_at)
                values (:kid, :privateJwk, :publicJwk, :at)
                """).param("kid", key.getKeyID()).param("privateJwk", key.toJSONString())
                .param("publicJwk", key.toPublicJWK().toJSONString()).param("at", Timestamp.from(at)).update();
    }

    void retireAll(Instant at) {
        jdbc.sql("update federation_key set retired_at = :at where retired_at is null")
                .param("at", Timestamp.from(at)).update();
    }

    /** The public keys in use or retired after {@code retiredAfter}, newest first. */
    List<OctetKeyPair> published(Instant retiredAfter) {
        return jdbc.sql("""
                select public_jwk from federation_key where retired_at is null or retired_at > :after order by id desc
                """).param("after", Timestamp.from(retiredAfter)).query(String.class).list().stream()
                .map(Keys::parse).toList();
    }
}
