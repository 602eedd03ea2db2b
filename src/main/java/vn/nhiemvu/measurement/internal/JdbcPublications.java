package vn.nhiemvu.measurement.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The public page's choices ({@code publication}): kind {@code AREA} or {@code INDICATOR} and the id chosen. */
@Repository
class JdbcPublications {

    private final JdbcClient jdbc;

    JdbcPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> published(long agencyId, String kind) {
        return new LinkedHashSet<>(jdbc.sql("select ref_id from publication where agency_id = :agency and kind = :kind")
                .param("agency", agencyId).param("kind", kind).query(Long.class).list());
    }

    /** Replaces the agency's choices of the kind. */
    void replace(long agencyId, String kind, Collection<Long> ids, String by, Instant at) {
        jdbc.sql("delete from publication where agency_id = :agency and kind = :kind").param("agency", agencyId)
                .param("kind", kind).update();
        for (long id : ids) {
            jdbc.sql("""
                    insert into publication (agency_id, kind, ref_id, published_by, published_at)
                    values (:agency, :kind, :ref, :by, :at)
                    """).param("agency", agencyId).param("kind", kind).param("ref", id).param("by", by)
                    .param("at", Timestamp.from(at)).update();
        }
    }
}
