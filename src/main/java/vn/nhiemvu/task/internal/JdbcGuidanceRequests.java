package vn.nhiemvu.task.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.task.GuidanceRequest;

/** The guidance_request table. Callers check the task's scope first. */
@Repository
class JdbcGuidanceRequests {

    private static final String SELECT = """
            select id, task_id, kind, obstacle, proposed_solution, proposed_deadline, requested_on, requested_by,
                   cutoff, state, decided_on, decided_by, approved_deadline, answer, version, created_at
            from guidance_request
            """;

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcGuidanceRequests(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    long insert(long agencyId, GuidanceRequest request) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into guidance_request (agency_id, task_id, kind, obstacle, proposed_solution, proposed_deadline,
                                              requested_on, requested_by, cutoff, state, version, created_at)
                values (:agency, :task, :kind, :obstacle, :solution, :proposed, :requestedOn, :requestedBy, :cutoff,
                        :state, 0, :now)
                """)
                .param("agency", agencyId).param("task", request.taskId()).param("kind", request.kind().name())
                .param("obstacle", request.obstacle()).param("solution", request.proposedSolution())
                .param("proposed", request.proposedDeadline()).param("requestedOn", request.requestedOn())
                .param("requestedBy", request.requestedBy()).param("cutoff", request.cutoff())
                .param("state", request.state().name()).param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /** Stores the decision if the request is still at the version read; false if someone decided first. */
    boolean decide(GuidanceRequest decided) {
        return jdbc.sql("""
                update guidance_request set state = :state, decided_on = :decidedOn, decided_by = :decidedBy,
                    approved_deadline = :approved, answer = :answer, version = version + 1
                where id = :id and version = :version
                """)
                .param("state", decided.state().name()).param("decidedOn", decided.decidedOn())
                .param("decidedBy", decided.decidedBy()).param("approved", decided.approvedDeadline())
                .param("answer", decided.answer()).param("id", decided.id()).param("version", decided.version())
                .update() == 1;
    }

    List<GuidanceRequest> ofTask(long taskId) {
        return jdbc.sql(SELECT + " where task_id = :task order by id").param("task", taskId)
                .query(JdbcGuidanceRequests::request).list();
    }

    /** For each task, its latest request made on or before the date; the ids are read a thousand at a time. */
    Map<Long, GuidanceRequest> latest(List<Long> taskIds, LocalDate asOf) {
        var result = new HashMap<Long, GuidanceRequest>();
        for (int i = 0; i < taskIds.size(); i += 1000) {
            jdbc.sql(SELECT + " where task_id in (:tasks) and requested_on <= :asOf order by task_id, requested_on, id")
                    .param("tasks", taskIds.subList(i, Math.min(taskIds.size(), i + 1000))).param("asOf", asOf)
                    .query(JdbcGuidanceRequests::request).list()
                    .forEach(r -> result.put(r.taskId(), r));
        }
        return result;
    }

    /** Requests still waiting for a decision on tasks in the scope, the oldest first. */
    List<GuidanceRequest> open(TaskScope scope, int limit) {
        return jdbc.sql(SELECT + " where state = 'OPEN' and task_id in (select t.id from task t where "
                + scope.condition() + ") order by requested_on, id fetch first " + limit + " rows only")
                .params(scope.params()).query(JdbcGuidanceRequests::request).list();
    }

    /** Every request still waiting for a decision on tasks in the scope, the oldest first. */
    List<GuidanceRequest> open(TaskScope scope) {
        return open(scope, Integer.MAX_VALUE);
    }

    Optional<GuidanceRequest> find(long taskId, long id) {
        return jdbc.sql(SELECT + " where task_id = :task and id = :id").param("task", taskId).param("id", id)
                .query(JdbcGuidanceRequests::request).optional();
    }

    private static GuidanceRequest request(ResultSet rs, int row) throws SQLException {
        return new GuidanceRequest(rs.getLong("id"), rs.getLong("task_id"),
                GuidanceRequest.Kind.valueOf(rs.getString("kind")), rs.getString("obstacle"),
                rs.getString("proposed_solution"), rs.getObject("proposed_deadline", LocalDate.class),
                rs.getObject("requested_on", LocalDate.class), rs.getString("requested_by"),
                rs.getObject("cutoff", LocalDate.class), GuidanceRequest.State.valueOf(rs.getString("state")),
                rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                rs.getObject("approved_deadline", LocalDate.class), rs.getString("answer"), rs.getLong("version"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
