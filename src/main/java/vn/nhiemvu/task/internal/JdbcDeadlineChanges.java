package vn.nhiemvu.task.internal;

import java.sql.ResultSet;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.task.DeadlineChangeDraft;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskDeadlineChange;

/** The decisions on tasks' deadlines ({@code task_deadline_change}), in explicit SQL. */
@Repository
class JdbcDeadlineChanges {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcDeadlineChanges(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores a decision; its id. */
    long insert(Task task, LocalDate previousDeadline, DeadlineChangeDraft change, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into task_deadline_change (agency_id, task_id, previous_deadline, requested_on, proposed_deadline,
                                                  approved_deadline, decision, decided_on, decided_by, request_ref,
                                                  reason, recorded_by, recorded_at)
                values (:agency, :task, :previous, :requestedOn, :proposed, :approved, :decision, :decidedOn,
                        :decidedBy, :requestRef, :reason, :by, :now)
                """)
                .param("agency", task.agencyId()).param("task", task.id()).param("previous", previousDeadline)
                .param("requestedOn", change.requestedOn()).param("proposed", change.proposedDeadline())
                .param("approved", change.approvedDeadline())
                .param("decision", change.decision().name()).param("decidedOn", change.decidedOn())
                .param("decidedBy", change.decidedBy().strip()).param("requestRef", blankToNull(change.requestRef()))
                .param("reason", blankToNull(change.reason())).param("by", by)
                .param("now", OffsetDateTime.now(clock))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    /**
     * The decided deadline changes of every task in scope, as evaluation facts, by task id, in one query. It starts
     * from the changes (few) and looks each task up by its key: joined the other way, H2 walked every task in scope.
     */
    Map<Long, List<DeadlineChange>> facts(TaskScope scope) {
        var result = new HashMap<Long, List<DeadlineChange>>();
        jdbc.sql("""
                select c.task_id, c.requested_on, c.proposed_deadline, c.approved_deadline, c.decision, c.decided_on
                from task_deadline_change c
                where exists (select 1 from task t where t.id = c.task_id and (""" + scope.condition() + """
                )) order by c.task_id, c.id""")
                .params(scope.params())
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(TaskDeadlineChange.fact(
                            rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class),
                            rs.getObject(4, LocalDate.class), DeadlineChange.Decision.valueOf(rs.getString(5)),
                            rs.getObject(6, LocalDate.class)));
                });
        return result;
    }

    /** The deadline changes of the tasks, oldest first, by task id. */
    Map<Long, List<TaskDeadlineChange>> of(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, List<TaskDeadlineChange>>();
        jdbc.sql("""
                select id, task_id, previous_deadline, requested_on, proposed_deadline, approved_deadline, decision,
                       decided_on, decided_by, request_ref, reason, recorded_by, recorded_at
                from task_deadline_change where task_id in (:ids) order by task_id, id
                """).param("ids", List.copyOf(taskIds))
                .query((ResultSet rs) -> {
                    var change = new TaskDeadlineChange(rs.getLong("id"), rs.getLong("task_id"),
                            rs.getObject("previous_deadline", LocalDate.class),
                            rs.getObject("requested_on", LocalDate.class),
                            rs.getObject("proposed_deadline", LocalDate.class),
                            rs.getObject("approved_deadline", LocalDate.class),
                            DeadlineChange.Decision.valueOf(rs.getString("decision")),
                            rs.getObject("decided_on", LocalDate.class), rs.getString("decided_by"),
                            rs.getString("request_ref"), rs.getString("reason"), rs.getString("recorded_by"),
                            rs.getObject("recorded_at", OffsetDateTime.class).toInstant());
                    result.computeIfAbsent(change.taskId(), k -> new ArrayList<>()).add(change);
                });
        return result;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
