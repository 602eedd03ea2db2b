package vn.nhiemvu.federation.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The installations this one exchanges messages with. */
@Repository
class JdbcPeers {

    private static final String COLUMNS = "agency_code, name, base_url, public_keys, keys_fetched_at, updated_by, updated_at";

    private final JdbcClient jdbc;

    JdbcPeers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Peer> all() {
        return jdbc.sql("select " + COLUMNS + " from federation_peer order by agency_code").query(Peer.class).list();
    }

    Optional<Peer> find(String agencyCode) {
        return jdbc.sql("select " + COLUMNS + " from federation_peer where agency_code = :code")
                .param("code", agencyCode).query(Peer.class).optional();
    }

    void save(Peer peer) {
        int updated = jdbc.sql("""
                update federation_peer set name = :name, base_url = :baseUrl, public_keys = :publicKeys,
                       keys_fetched_at = :fetchedAt, updated_by = :by, updated_at = :at
                where agency_code = :code
                """).paramSource(params(peer)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into federation_peer (agency_code, name, base_url, public_keys, keys_fetched_at, updated_by,
                                                 updated_at)
                    values (:code, :name, :baseUrl, :publicKeys, :fetchedAt, :by, :at)
                    """).paramSource(params(peer)).update();
        }
    }

    boolean delete(String agencyCode) {
        return jdbc.sql("delete from federation_peer where agency_code = :code").param("code", agencyCode)
                .update() > 0;
    }

    private static java.util.Map<String, Object> params(Peer p) {
        var map = new java.util.HashMap<String, Object>();
        map.put("code", p.agencyCode());
        map.put("name", p.name());
        map.put("baseUrl", p.baseUrl());
        map.put("publicKeys", p.publicKeys());
        map.put("fetchedAt", p.keysFetchedAt() == null ? null : Timestamp.from(p.keysFetchedAt()));
        map.put("by", p.updatedBy());
        map.put("at", Timestamp.from(p.updatedAt()));
        return map;
    }

    /** A peer installation: its agency code, where it listens, its public keys (a JWK set). */
    record Peer(String agencyCode, String name, String baseUrl, String publicKeys, Instant keysFetchedAt,
            String updatedBy, Instant updatedAt) {
    }
}
