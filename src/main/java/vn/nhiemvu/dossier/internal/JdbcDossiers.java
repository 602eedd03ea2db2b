package vn.nhiemvu.dossier.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.dossier.DossierState;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.dossier.ReviewDecision;

/** The dossier tables, with explicit SQL; every query names the agency. */
@Repository
class JdbcDossiers {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDossiers(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    record DossierRow(long taskId, long agencyId, DossierState state, long version, Instant submittedForReviewAt,
            String submittedForReviewBy, String documentNumber, LocalDate documentDate, String submissionBy,
            Instant submissionAt) {
    }

    record FileRow(long id, long taskId, long documentId, int version, FileRole role, String name, String contentType,
            long size, String sha256, String uploadedBy, Instant uploadedAt) {
    }

    record ReviewRow(long id, int round, ReviewDecision decision, String comments, String reviewer, Instant reviewedAt) {
    }

    record KeyRow(String operation, long taskId, Long resultId) {
    }

    record WithdrawnRow(String documentNumber, LocalDate documentDate, String submissionBy, Instant submissionAt,
            String withdrawnBy, Instant withdrawnAt) {
    }

    Optional<DossierRow> find(long agencyId, long taskId) {
        return jdbc.sql("""
                select task_id, agency_id, state, version, submitted_for_review_at, submitted_for_review_by,
                       document_number, document_date, submission_by, submission_at
                from dossier where agency_id = :agency and task_id = :task
                """).param("agency", agencyId).param("task", taskId).query(JdbcDossiers::dossier).optional();
    }

    void insert(long agencyId, long taskId) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into dossier (task_id, agency_id, state, version, created_at, updated_at)
                values (:task, :agency, 'DRAFT', 0, :now, :now)
                """).param("task", taskId).param("agency", agencyId).param("now", now).update();
    }

    /** Moves the dossier to the state if its version is still the expected one; false if someone was faster. */
    boolean changeState(long agencyId, long taskId, long expectedVersion, DossierState state) {
        return jdbc.sql("""
                update dossier set state = :state, version = version + 1, updated_at = :now
                where agency_id = :agency and task_id = :task and version = :version
                """).param("state", state.name()).param("now", OffsetDateTime.now(clock)).param("agency", agencyId)
                .param("task", taskId).param("version", expectedVersion).update() == 1;
    }

    void markSubmittedForReview(long agencyId, long taskId, String by) {
        jdbc.sql("""
                update dossier set submitted_for_review_at = :now, submitted_for_review_by = :by
                where agency_id = :agency and task_id = :task
                """).param("now", OffsetDateTime.now(clock)).param("by", by).param("agency", agencyId)
                .param("task", taskId).update();
    }

    void recordSubmission(long agencyId, long taskId, String number, LocalDate date, String by) {
        jdbc.sql("""
                update dossier set document_number = :number, document_date = :date, submission_by = :by,
                                   submission_at = :now
                where agency_id = :agency and task_id = :task
                """).param("number", number).param("date", date).param("by", by)
                .param("now", OffsetDateTime.now(clock)).param("agency", agencyId).param("task", taskId).update();
    }

    /** Keeps the recorded submission among the withdrawn ones and clears it, so that it can be recorded anew. */
    void withdrawSubmission(long agencyId, long taskId, String by) {
        jdbc.sql("""
                insert into dossier_withdrawn_submission (agency_id, task_id, document_number, document_date,
                                                          submission_by, submission_at, withdrawn_by, withdrawn_at)
                select agency_id, task_id, document_number, document_date, submission_by, submission_at, :by, :now
                from dossier where agency_id = :agency and task_id = :task and document_number is not null
                """).param("by", by).param("now", OffsetDateTime.now(clock)).param("agency", agencyId)
                .param("task", taskId).update();
        jdbc.sql("""
                update dossier set document_number = null, document_date = null, submission_by = null,
                                   submission_at = null
                where agency_id = :agency and task_id = :task
                """).param("agency", agencyId).param("task", taskId).update();
    }

    List<WithdrawnRow> withdrawnSubmissions(long agencyId, long taskId) {
        return jdbc.sql("""
                select document_number, document_date, submission_by, submission_at, withdrawn_by, withdrawn_at
                from dossier_withdrawn_submission where agency_id = :agency and task_id = :task order by id
                """).param("agency", agencyId).param("task", taskId)
                .query((rs, n) -> new WithdrawnRow(rs.getString("document_number"),
                        rs.getObject("document_date", LocalDate.class), rs.getString("submission_by"),
                        instant(rs, "submission_at"), rs.getString("withdrawn_by"), instant(rs, "withdrawn_at")))
                .list();
    }

    long insertFile(long agencyId, long taskId, Long documentId, int version, FileRole role, String name,
            String contentType, long size, String sha256, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier_file (agency_id, task_id, document_id, version, role, display_name, content_type,
                                          size_bytes, sha256, uploaded_by, uploaded_at)
                values (:agency, :task, :document, :version, :role, :name, :type, :size, :sha, :by, :now)
                """).param("agency", agencyId).param("task", taskId).param("document", documentId)
                .param("version", version).param("role", role.name()).param("name", name).param("type", contentType)
                .param("size", size).param("sha", sha256).param("by", by).param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        if (documentId == null) {
            jdbc.sql("update dossier_file set document_id = :id where id = :id").param("id", id).update();
        }
        return id;
    }

    List<FileRow> files(long agencyId, long taskId) {
        return jdbc.sql("""
                select id, task_id, document_id, version, role, display_name, content_type, size_bytes, sha256,
                       uploaded_by, uploaded_at
                from dossier_file where agency_id = :agency and task_id = :task order by id
                """).param("agency", agencyId).param("task", taskId).query(JdbcDossiers::file).list();
    }

    Optional<FileRow> file(long agencyId, long taskId, long fileId) {
        return jdbc.sql("""
                select id, task_id, document_id, version, role, display_name, content_type, size_bytes, sha256,
                       uploaded_by, uploaded_at
                from dossier_file where agency_id = :agency and task_id = :task and id = :id
                """).param("agency", agencyId).param("task", taskId).param("id", fileId).query(JdbcDossiers::file)
                .optional();
    }

    long insertReview(long agencyId, long taskId, ReviewDecision decision, String comments, String reviewer) {
        int round = jdbc.sql("select count(*) from dossier_review where agency_id = :agency and task_id = :task")
                .param("agency", agencyId).param("task", taskId).query(Integer.class).single() + 1;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into dossier_review (agency_id, task_id, round, decision, comments, reviewer, reviewed_at)
                values (:agency, :task, :round, :decision, :comments, :reviewer, :now)
                """).param("agency", agencyId).param("task", taskId).param("round", round)
                .param("decision", decision.name()).param("comments", comments).param("reviewer", reviewer)
                .param("now", OffsetDateTime.now(clock)).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    List<ReviewRow> reviews(long agencyId, long taskId) {
        return jdbc.sql("""
                select id, round, decision, comments, reviewer, reviewed_at
                from dossier_review where agency_id = :agency and task_id = :task order by id
                """).param("agency", agencyId).param("task", taskId)
                .query((rs, n) -> new ReviewRow(rs.getLong("id"), rs.getInt("round"),
                        ReviewDecision.valueOf(rs.getString("decision")), rs.getString("comments"),
                        rs.getString("reviewer"), instant(rs, "reviewed_at")))
                .list();
    }

    List<DossierRow> inState(long agencyId, DossierState state) {
        return jdbc.sql("""
                select task_id, agency_id, state, version, submitted_for_review_at, submitted_for_review_by,
                       document_number, document_date, submission_by, submission_at
                from dossier where agency_id = :agency and state = :state
                order by submitted_for_review_at, task_id
                """).param("agency", agencyId).param("state", state.name()).query(JdbcDossiers::dossier).list();
    }

    /** The agency's dossiers in a state, the longest waiting first, with when they came to it. */
    List<Waiting> waiting(long agencyId, DossierState state) {
        return jdbc.sql("""
                select task_id, updated_at from dossier
                where agency_id = :agency and state = :state order by updated_at, task_id
                """).param("agency", agencyId).param("state", state.name())
                .query((rs, n) -> new Waiting(rs.getLong("task_id"), instant(rs, "updated_at"))).list();
    }

    record Waiting(long taskId, Instant since) {
    }

    Optional<KeyRow> key(long agencyId, String username, String key) {
        return jdbc.sql("""
                select operation, task_id, result_id from dossier_idempotency
                where agency_id = :agency and username = :username and idem_key = :key
                """).param("agency", agencyId).param("username", username).param("key", key)
                .query((rs, n) -> new KeyRow(rs.getString("operation"), rs.getLong("task_id"),
                        rs.getObject("result_id") == null ? null : rs.getLong("result_id")))
                .optional();
    }

    void rememberKey(long agencyId, String username, String key, String operation, long taskId, Long resultId) {
        jdbc.sql("""
                insert into dossier_idempotency (agency_id, username, idem_key, operation, task_id, result_id, created_at)
                values (:agency, :username, :key, :operation, :task, :result, :now)
                """).param("agency", agencyId).param("username", username).param("key", key)
                .param("operation", operation).param("task", taskId).param("result", resultId)
                .param("now", OffsetDateTime.now(clock)).update();
    }

    private static DossierRow dossier(ResultSet rs, int n) throws SQLException {
        return new DossierRow(rs.getLong("task_id"), rs.getLong("agency_id"), DossierState.valueOf(rs.getString("state")),
                rs.getLong("version"), instant(rs, "submitted_for_review_at"), rs.getString("submitted_for_review_by"),
                rs.getString("document_number"), rs.getObject("document_date", LocalDate.class),
                rs.getString("submission_by"), instant(rs, "submission_at"));
    }

    private static FileRow file(ResultSet rs, int n) throws SQLException {
        return new FileRow(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("document_id"), rs.getInt("version"),
                FileRole.valueOf(rs.getString("role")), rs.getString("display_name"), rs.getString("content_type"),
                rs.getLong("size_bytes"), rs.getString("sha256"), rs.getString("uploaded_by"),
                instant(rs, "uploaded_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
