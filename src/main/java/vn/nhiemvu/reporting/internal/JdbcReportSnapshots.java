package vn.nhiemvu.reporting.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.reporting.PeriodicReport;
import vn.nhiemvu.reporting.ReportDelivery;
import vn.nhiemvu.reporting.ReportSnapshot;
import vn.nhiemvu.reporting.ReportingPeriod;

/** The report_snapshot and report_delivery tables. A snapshot's figures are stored as JSON and never updated. */
@Repository
class JdbcReportSnapshots {

    private static final String SNAPSHOT = """
            select id, period_key, policy, document_number, sha256, issued_at, issued_by
            from report_snapshot
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;

    JdbcReportSnapshots(JdbcClient jdbc, JsonMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    ReportSnapshot insert(CurrentUser user, ReportingPeriod period, PeriodicReport report, String documentNumber) {
        String content = json.writeValueAsString(report);
        String sha256 = sha256(content);
        Instant now = clock.instant();
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_snapshot (agency_id, period_key, period_from, period_to, policy, document_number,
                                             content, sha256, issued_at, issued_by)
                values (:agency, :key, :from, :to, :policy, :number, :content, :sha, :now, :by)
                """)
                .param("agency", user.agencyId()).param("key", period.key()).param("from", period.from())
                .param("to", period.to()).param("policy", report.policy().name()).param("number", documentNumber)
                .param("content", content).param("sha", sha256).param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .param("by", user.username())
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        return new ReportSnapshot(id, period.key(), report.policy(), documentNumber, now, user.username(), sha256, report,
                List.of());
    }

    /** Newest first, without figures. */
    List<ReportSnapshot> list(long agencyId, String periodKey) {
        return jdbc.sql(SNAPSHOT + " where agency_id = :agency and period_key = :key order by id desc")
                .param("agency", agencyId).param("key", periodKey)
                .query((rs, n) -> snapshot(rs, null, List.of())).list();
    }

    Optional<ReportSnapshot> find(long agencyId, long id) {
        return jdbc.sql("select content from report_snapshot where agency_id = :agency and id = :id")
                .param("agency", agencyId).param("id", id).query(String.class).optional()
                .map(content -> {
                    PeriodicReport report = json.readValue(content, PeriodicReport.class);
                    List<ReportDelivery> deliveries = deliveries(id);
                    return jdbc.sql(SNAPSHOT + " where id = :id").param("id", id)
                            .query((rs, n) -> snapshot(rs, report, deliveries)).single();
                });
    }

    ReportDelivery insertDelivery(long agencyId, ReportDelivery d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into report_delivery (agency_id, snapshot_id, endpoint, state, attempts, http_status, receipt,
                                             error, sent_by, started_at, finished_at)
                values (:agency, :snapshot, :endpoint, :state, :attempts, :status, :receipt, :error, :by, :started,
                        :finished)
                """)
                .param("agency", agencyId).param("snapshot", d.snapshotId()).param("endpoint", d.endpoint())
                .param("state", d.state().name()).param("attempts", d.attempts()).param("status", d.httpStatus())
                .param("receipt", d.receipt()).param("error", d.error()).param("by", d.sentBy())
                .param("started", OffsetDateTime.ofInstant(d.startedAt(), clock.getZone()))
                .param("finished", OffsetDateTime.ofInstant(d.finishedAt(), clock.getZone()))
                .update(keys, "id");
        return new ReportDelivery(keys.getKeyAs(Number.class).longValue(), d.snapshotId(), d.endpoint(), d.state(),
                d.attempts(), d.httpStatus(), d.receipt(), d.error(), d.sentBy(), d.startedAt(), d.finishedAt());
    }

    private List<ReportDelivery> deliveries(long snapshotId) {
        return jdbc.sql("""
                select id, snapshot_id, endpoint, state, attempts, http_status, receipt, error, sent_by, started_at,
                       finished_at
                from report_delivery where snapshot_id = :id order by id desc
                """).param("id", snapshotId)
                .query((rs, n) -> new ReportDelivery(rs.getLong("id"), rs.getLong("snapshot_id"), rs.getString("endpoint"),
                        ReportDelivery.State.valueOf(rs.getString("state")), rs.getInt("attempts"),
                        rs.getObject("http_status", Integer.class), rs.getString("receipt"), rs.getString("error"),
                        rs.getString("sent_by"), instant(rs, "started_at"), instant(rs, "finished_at")))
                .list();
    }

    private static ReportSnapshot snapshot(ResultSet rs, PeriodicReport report, List<ReportDelivery> deliveries)
            throws SQLException {
        return new ReportSnapshot(rs.getLong("id"), rs.getString("period_key"),
                EvaluationPolicy.Kind.valueOf(rs.getString("policy")), rs.getString("document_number"),
                instant(rs, "issued_at"), rs.getString("issued_by"), rs.getString("sha256"), report, deliveries);
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
