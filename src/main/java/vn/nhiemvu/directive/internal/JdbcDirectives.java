package vn.nhiemvu.directive.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.directive.Directive;
import vn.nhiemvu.directive.DirectiveKind;
import vn.nhiemvu.shared.Text;

/** The directive table, in explicit SQL; every read is of one agency. */
@Repository
class JdbcDirectives {

    private static final String SELECT = """
            select id, agency_id, kind, number, issuer_agency_id, issue_date, signer, summary, full_text, extension_cutoff,
                   version
            from directive
            """;

    /** A directive's checked values, as stored. */
    record Values(DirectiveKind kind, String number, long issuerId, LocalDate issueDate, String signer, String summary,
            String fullText, LocalDate extensionCutoff) {

        private Map<String, Object> params() {
            var params = new HashMap<String, Object>();
            params.put("kind", kind.name());
            params.put("number", number);
            params.put("issuer", issuerId);
            params.put("issueDate", issueDate);
            params.put("signer", signer);
            params.put("summary", summary);
            params.put("fullText", fullText);
            params.put("cutoff", extensionCutoff);
            params.put("search", Text.fold(number + " " + summary));
            return params;
        }
    }

    private final JdbcClient jdbc;

    JdbcDirectives(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long agencyId, Values values, OffsetDateTime now, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into directive (agency_id, kind, number, issuer_agency_id, issue_date, signer, summary,
                                       full_text, extension_cutoff, search_text, created_at, created_by, version)
                values (:agency, :kind, :number, :issuer, :issueDate, :signer, :summary, :fullText, :cutoff, :search,
                        :now, :by, 0)
                """)
                .param("agency", agencyId).params(values.params()).param("now", now).param("by", by)
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** False when the directive is not at the expected version any more. */
    boolean update(long agencyId, long id, long expectedVersion, Values values) {
        return jdbc.sql("""
                update directive set kind = :kind, number = :number, issuer_agency_id = :issuer,
                    issue_date = :issueDate, signer = :signer, summary = :summary, full_text = :fullText,
                    extension_cutoff = :cutoff, search_text = :search, version = version + 1
                where agency_id = :agency and id = :id and version = :version
                """)
                .param("agency", agencyId).param("id", id).param("version", expectedVersion).params(values.params())
                .update() == 1;
    }

    Optional<Directive> find(long agencyId, long id) {
        return jdbc.sql(SELECT + " where agency_id = :agency and id = :id").param("agency", agencyId).param("id", id)
                .query(JdbcDirectives::directive).optional();
    }

    Optional<Directive> findByNumber(long agencyId, String number) {
        return jdbc.sql(SELECT + " where agency_id = :agency and number = :number")
                .param("agency", agencyId).param("number", number).query(JdbcDirectives::directive).optional();
    }

    /** Newest first; {@code folded} is the query folded ({@link Text#fold}), empty for all. */
    List<Directive> list(long agencyId, String folded) {
        return jdbc.sql(SELECT + """
                 where agency_id = :agency and (:q = '' or search_text like :pattern)
                order by issue_date desc, id desc
                """).param("agency", agencyId).param("q", folded).param("pattern", "%" + folded + "%")
                .query(JdbcDirectives::directive).list();
    }

    Map<Long, Directive> byIds(long agencyId, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql(SELECT + " where agency_id = :agency and id in (:ids)")
                .param("agency", agencyId).param("ids", List.copyOf(ids))
                .query(JdbcDirectives::directive).list().stream()
                .collect(Collectors.toMap(Directive::id, Function.identity()));
    }

    private static Directive directive(ResultSet rs, int row) throws SQLException {
        return new Directive(rs.getLong("id"), rs.getLong("agency_id"), DirectiveKind.valueOf(rs.getString("kind")),
                rs.getString("number"), rs.getLong("issuer_agency_id"), rs.getObject("issue_date", LocalDate.class),
                rs.getString("signer"), rs.getString("summary"), rs.getString("full_text"),
                rs.getObject("extension_cutoff", LocalDate.class), rs.getLong("version"));
    }
}
