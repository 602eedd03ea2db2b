package vn.nhiemvu.task.internal;

import static vn.nhiemvu.task.internal.JdbcTasks.nullableLong;

import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskKind;

/**
 * The task table read narrow, for what reads many tasks and needs few columns: the list's sorting and counting, the
 * periodic reports, the sweeps. Columns by position where a read is hot.
 */
@Repository
class JdbcTaskRows {

    private final JdbcClient jdbc;

    JdbcTaskRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * What sorting and counting the list needs of a task: the facts its status is evaluated from, and the sort keys.
     *
     * @param updatedAtMillis the last change of its row, if asked for (else 0)
     */
    record ListRow(long id, Long directiveId, long leadUnitId, LocalDate deadline, LocalDate completedAt,
            long updatedAtMillis) {
    }

    /**
     * Every task in scope matching the conditions, narrow, in no particular order (sorted in Java: on H2 an "order by"
     * over the whole scope sorted through a temporary disk result past 40,000 rows), columns by position.
     */
    void forEachListRow(TaskScope scope, TaskConditions conditions, boolean withUpdatedAt,
            java.util.function.Consumer<ListRow> action) {
        var where = new ArrayList<String>();
        where.add(scope.condition());
        where.addAll(conditions.sql());
        jdbc.sql("select t.id, t.directive_id, t.lead_unit_id, t.deadline, t.completed_at"
                + (withUpdatedAt ? ", t.updated_at" : "") + " from task t where (" + String.join(") and (", where) + ")")
                .params(scope.params()).params(conditions.params())
                .query((ResultSet rs) -> {
                    long directiveId = rs.getLong(2);
                    Long directive = rs.wasNull() ? null : directiveId;
                    action.accept(new ListRow(rs.getLong(1), directive, rs.getLong(3), rs.getObject(4, LocalDate.class),
                            rs.getObject(5, LocalDate.class), withUpdatedAt ? rs.getTimestamp(6).getTime() : 0));
                });
    }

    /**
     * Every task in scope without its long texts and coordinating units (periodic reports), in one query, in no
     * particular order; {@code action} sees each row as it is read. No "order by": on H2 it read the rows through
     * the agency index and sorted them all (spilling to disk past 40,000 rows) before the first one came; columns
     * by position, not by name (a name lookup per column per row was a third of the read).
     */
    void forEachBrief(TaskScope scope, java.util.function.Consumer<Task> action) {
        jdbc.sql("""
                select t.id, t.agency_id, t.directive_id, t.parent_task_id, t.kind, t.title, t.lead_unit_id,
                       t.supervising_leader_id, t.deadline, t.deadline_text, t.completed_at, t.version, t.created_at,
                       t.created_by
                from task t where""" + " (" + scope.condition() + ")")
                .params(scope.params())
                .query((ResultSet rs) -> {
                    long directiveId = rs.getLong(3);
                    Long directive = rs.wasNull() ? null : directiveId;
                    long parentId = rs.getLong(4);
                    Long parent = rs.wasNull() ? null : parentId;
                    long leaderId = rs.getLong(8);
                    Long leader = rs.wasNull() ? null : leaderId;
                    action.accept(new Task(rs.getLong(1), rs.getLong(2), directive, parent,
                            TaskKind.valueOf(rs.getString(5)), rs.getString(6), null, rs.getLong(7), List.of(), leader,
                            rs.getObject(9, LocalDate.class), rs.getString(10), null, rs.getObject(11, LocalDate.class), null, null,
                            rs.getLong(12), rs.getObject(13, OffsetDateTime.class).toInstant(), rs.getString(14)));
                });
    }

    /**
     * For sweeps: up to {@code limit} tasks of the agency after {@code afterId}, open as of the date, that may be
     * judged against a deadline on or before {@code upTo}: their own deadline is, or a deadline change may have moved
     * it (those are evaluated exactly by the caller). Only the columns evaluation and notices need.
     */
    List<Task> openDueBy(long agencyId, LocalDate asOf, LocalDate upTo, long afterId, int limit) {
        return jdbc.sql("""
                select t.id, t.agency_id, t.directive_id, t.title, t.lead_unit_id, t.supervising_leader_id, t.deadline,
                       t.completed_at
                from task t
                where t.agency_id = :agency and t.id > :afterId and (t.completed_at is null or t.completed_at > :asOf)
                  and (t.deadline <= :upTo or exists (select 1 from task_deadline_change c where c.task_id = t.id))
                order by t.id fetch first""" + " " + limit + " rows only")
                .param("agency", agencyId).param("afterId", afterId).param("asOf", asOf).param("upTo", upTo)
                .query((rs, n) -> new Task(rs.getLong("id"), rs.getLong("agency_id"), nullableLong(rs, "directive_id"),
                        null, null, rs.getString("title"), null, rs.getLong("lead_unit_id"), List.of(),
                        nullableLong(rs, "supervising_leader_id"), rs.getObject("deadline", LocalDate.class), null, null,
                        rs.getObject("completed_at", LocalDate.class), null, null, 0, null, null))
                .list();
    }
}
