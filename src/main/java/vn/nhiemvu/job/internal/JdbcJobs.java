package vn.nhiemvu.job.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.job.JobStatus;
import vn.nhiemvu.job.JobView;

/** The table {@code background_job}; each state change is one short statement in its own transaction. */
@Repository
class JdbcJobs {

    private static final String COLUMNS = """
            id, kind, title, owner_username, status, progress_done, progress_total, message, file_name,
            content_type, result_size, result_file, created_at, started_at, finished_at""";

    private static final String VISIBLE = """
            agency_id = :agency and (owner_username = :username or :admin = true)""";

    private final JdbcClient jdbc;

    JdbcJobs(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A job row with where its result file lies (internal; the view hides the file name on disk). */
    record Row(JobView view, String resultFile) {
    }

    long insert(CurrentUser owner, String kind, String title, String node, Instant now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into background_job (agency_id, kind, title, owner_username, node, status, progress_done,
                    created_at)
                values (:agency, :kind, :title, :owner, :node, 'QUEUED', 0, :now)""")
                .param("agency", owner.agencyId()).param("kind", kind).param("title", title)
                .param("owner", owner.username()).param("node", node).param("now", Timestamp.from(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    Optional<Row> find(CurrentUser user, long id) {
        return jdbc.sql("select " + COLUMNS + " from background_job where id = :id and " + VISIBLE)
                .param("id", id).param("agency", user.agencyId()).param("username", user.username())
                .param("admin", user.role() == Role.ADMIN).query(JdbcJobs::row).optional();
    }

    List<JobView> list(CurrentUser user, int limit) {
        return jdbc.sql("select " + COLUMNS + " from background_job where " + VISIBLE + " order by id desc limit :limit")
                .param("agency", user.agencyId()).param("username", user.username())
                .param("admin", user.role() == Role.ADMIN).param("limit", limit)
                .query(JdbcJobs::row).list().stream().map(Row::view).toList();
    }

    void started(long id, Instant now) {
        jdbc.sql("update background_job set status = 'RUNNING', started_at = :now where id = :id and status = 'QUEUED'")
                .param("id", id).param("now", Timestamp.from(now)).update();
    }

    void progress(long id, long done, Long total, String message) {
        jdbc.sql("""
                update background_job set progress_done = :done, progress_total = :total, message = :message
                where id = :id and status = 'RUNNING'""")
                .param("id", id).param("done", done).param("total", total).param("message", message).update();
    }

    void succeeded(long id, long done, Long total, String message, String resultFile, Long size, String contentType,
            String fileName, Instant now) {
        jdbc.sql("""
                update background_job set status = 'SUCCEEDED', progress_done = :done, progress_total = :total,
                    message = :message, result_file = :file, result_size = :size, content_type = :type,
                    file_name = :name, finished_at = :now
                where id = :id and status = 'RUNNING'""")
                .param("id", id).param("done", done).param("total", total).param("message", message)
                .param("file", resultFile).param("size", size).param("type", contentType).param("name", fileName)
                .param("now", Timestamp.from(now)).update();
    }

    void failed(long id, String message, Instant now) {
        jdbc.sql("""
                update background_job set status = 'FAILED', message = :message, finished_at = :now
                where id = :id and status in ('QUEUED', 'RUNNING')""")
                .param("id", id).param("message", message).param("now", Timestamp.from(now)).update();
    }

    /** Fails the jobs this node had queued or running when it stopped; returns how many. */
    int failUnfinished(String node, String message, Instant now) {
        return jdbc.sql("""
                update background_job set status = 'FAILED', message = :message, finished_at = :now
                where node = :node and status in ('QUEUED', 'RUNNING')""")
                .param("node", node).param("message", message).param("now", Timestamp.from(now)).update();
    }

    /** This node's jobs that finished before the instant (their result files are on this node's disk). */
    /** Finished before the instant: the node's jobs, or every node's when {@code node} is null. */
    List<Row> finishedBefore(String node, Instant before) {
        var select = jdbc.sql("select " + COLUMNS + " from background_job where " + (node == null ? "" : "node = :node and ")
                + "finished_at < :before and status in ('SUCCEEDED', 'FAILED')").param("before", Timestamp.from(before));
        return (node == null ? select : select.param("node", node)).query(JdbcJobs::row).list();
    }

    void delete(long id) {
        jdbc.sql("delete from background_job where id = :id").param("id", id).update();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        JobStatus status = JobStatus.valueOf(rs.getString("status"));
        long total = rs.getLong("progress_total");
        Long progressTotal = rs.wasNull() ? null : total;
        long size = rs.getLong("result_size");
        Long resultSize = rs.wasNull() ? null : size;
        var view = new JobView(rs.getLong("id"), rs.getString("kind"), rs.getString("title"),
                rs.getString("owner_username"), status, status.label(), rs.getLong("progress_done"), progressTotal,
                rs.getString("message"), rs.getString("file_name"), rs.getString("content_type"), resultSize,
                instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("started_at")),
                instant(rs.getTimestamp("finished_at")));
        return new Row(view, rs.getString("result_file"));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
