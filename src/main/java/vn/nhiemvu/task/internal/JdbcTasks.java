package vn.nhiemvu.task.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.deadline.Recurrence;
import vn.nhiemvu.shared.SqlIds;
import vn.nhiemvu.shared.Text;
import vn.nhiemvu.task.CompletedBy;
import vn.nhiemvu.task.CompletionStep;
import vn.nhiemvu.task.Task;
import vn.nhiemvu.task.TaskHeading;
import vn.nhiemvu.task.TaskKind;

/** The task tables, in explicit SQL. Every read takes a {@link TaskScope}. */
@Repository
class JdbcTasks {

    private static final String COLUMNS = """
            t.id, t.agency_id, t.directive_id, t.parent_task_id, t.kind, t.title, t.description, t.lead_unit_id, t.supervising_leader_id,
            t.deadline, t.deadline_text, t.recurrence_frequency, t.recurrence_day_of_month, t.recurrence_month_of_period,
            t.recurrence_day_of_week, t.completed_at, t.completed_by, t.completed_as, t.completed_by_unit_id,
            t.completed_beyond_limits, t.completed_skipped_steps, t.completed_reason, t.product, t.version, t.created_at,
            t.created_by
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    JdbcTasks(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    long insert(Task task) {
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        jdbc.sql("""
                insert into task (agency_id, directive_id, parent_task_id, kind, title, description, lead_unit_id, supervising_leader_id,
                                  deadline, deadline_text, recurrence_frequency, recurrence_day_of_month, recurrence_month_of_period,
                                  recurrence_day_of_week, completed_at, completed_by, completed_as, completed_by_unit_id,
                                  completed_beyond_limits, completed_skipped_steps, completed_reason, product, search_text,
                                  version, created_at, created_by, updated_at)
                values (:agency, :directive, :parent, :kind, :title, :description, :lead, :leader, :deadline, :deadlineText,
                        :frequency, :dayOfMonth, :monthOfPeriod, :dayOfWeek,
                        :completedAt, :completedBy, :completedAs, :completedByUnit, :beyondLimits, :skippedSteps,
                        :completedReason, :product, :search, 0, :now, :by, :now)
                """)
                .param("agency", task.agencyId()).param("by", task.createdBy()).param("now", now)
                .params(fields(task))
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        insertCoordinatingUnits(id, task.coordinatingUnitIds());
        return id;
    }

    /** Writes the task if its stored version is still {@code task.version()}; false if it is stale. */
    boolean update(Task task) {
        int updated = jdbc.sql("""
                update task set directive_id = :directive, parent_task_id = :parent, kind = :kind, title = :title, description = :description,
                    lead_unit_id = :lead, supervising_leader_id = :leader, deadline = :deadline,
                    deadline_text = :deadlineText, recurrence_frequency = :frequency,
                    recurrence_day_of_month = :dayOfMonth, recurrence_month_of_period = :monthOfPeriod,
                    recurrence_day_of_week = :dayOfWeek, completed_at = :completedAt, completed_by = :completedBy,
                    completed_as = :completedAs, completed_by_unit_id = :completedByUnit,
                    completed_beyond_limits = :beyondLimits, completed_skipped_steps = :skippedSteps,
                    completed_reason = :completedReason, product = :product,
                    search_text = :search, version = version + 1, updated_at = :now
                where id = :id and version = :version
                """)
                .param("id", task.id()).param("version", task.version()).param("now", OffsetDateTime.now(clock))
                .params(fields(task))
                .update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from task_coordinating_unit where task_id = :id").param("id", task.id()).update();
        insertCoordinatingUnits(task.id(), task.coordinatingUnitIds());
        return true;
    }

    private Map<String, Object> fields(Task task) {
        var fields = new HashMap<String, Object>();
        fields.put("directive", task.directiveId());
        fields.put("parent", task.parentTaskId());
        fields.put("kind", task.kind().name());
        fields.put("title", task.title());
        fields.put("description", task.description());
        fields.put("lead", task.leadUnitId());
        fields.put("leader", task.supervisingLeaderId());
        fields.put("deadline", task.deadline());
        fields.put("deadlineText", task.deadlineText());
        Recurrence recurrence = task.recurrence();
        fields.put("frequency", recurrence == null ? null : recurrence.frequency().name());
        fields.put("dayOfMonth", recurrence == null ? null : recurrence.dayOfMonth());
        fields.put("monthOfPeriod", recurrence == null ? null : recurrence.monthOfPeriod());
        fields.put("dayOfWeek", recurrence == null || recurrence.dayOfWeek() == null ? null
                : recurrence.dayOfWeek().getValue());
        fields.put("completedAt", task.completedAt());
        CompletedBy by = task.completedBy();
        fields.put("completedBy", by == null ? null : by.username());
        fields.put("completedAs", by == null ? null : by.source().name());
        fields.put("completedByUnit", by == null ? null : by.unitId());
        fields.put("beyondLimits", by != null && by.beyondLimits());
        fields.put("skippedSteps", by == null || by.skippedSteps().isEmpty() ? null
                : by.skippedSteps().stream().map(CompletionStep::name).collect(Collectors.joining(",")));
        fields.put("completedReason", by == null ? null : by.reason());
        fields.put("product", task.product());
        fields.put("search", Text.fold(String.join(" ", nonNull(task.title()), nonNull(task.description()),
                nonNull(task.product()), nonNull(task.deadlineText()))));
        return fields;
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }

    /** One JDBC batch, not one statement per unit. */
    private void insertCoordinatingUnits(long taskId, List<Long> unitIds) {
        if (!unitIds.isEmpty()) {
            batch.batchUpdate("insert into task_coordinating_unit (task_id, unit_id) values (?, ?)",
                    unitIds.stream().map(unitId -> new Object[] { taskId, unitId }).toList());
        }
    }

    /** A task whatever the user's scope, for rules that span tasks (the roll-up to a parent). */
    Optional<Task> findAny(long id) {
        var tasks = jdbc.sql("select " + COLUMNS + " from task t where t.id = :id").param("id", id)
                .query(JdbcTasks::task).list();
        return withCoordinatingUnits(tasks).stream().findFirst();
    }

    /** Every agency's tasks with an id above {@code afterId}, in id order: the audit's comparison. */
    List<Task> page(long afterId, int size) {
        return withCoordinatingUnits(jdbc.sql("select " + COLUMNS + """
                 from task t where t.id > :after order by t.id fetch first :size rows only
                """).param("after", afterId).param("size", size).query(JdbcTasks::task).list());
    }

    /** Deletes the task and the rows of this module that belong to it; other modules' rows make it fail. */
    void delete(long id) {
        for (String table : List.of("guidance_request", "task_deadline_change", "task_coordinating_unit",
                "task_lead_agency")) {
            jdbc.sql("delete from " + table + " where task_id = :id").param("id", id).update();
        }
        jdbc.sql("delete from task where id = :id").param("id", id).update();
    }

    boolean hasSubTasks(long id) {
        return jdbc.sql("select count(*) from task where parent_task_id = :id").param("id", id).query(Long.class)
                .single() > 0;
    }

    Long parentOf(long id) {
        return jdbc.sql("select parent_task_id from task where id = :id").param("id", id)
                .query((rs, n) -> nullableLong(rs, "parent_task_id")).optional().orElse(null);
    }

    Optional<Task> find(TaskScope scope, long id) {
        var tasks = jdbc.sql("select " + COLUMNS + " from task t where t.id = :id and " + scope.condition())
                .params(scope.params()).param("id", id)
                .query(JdbcTasks::task).list();
        return withCoordinatingUnits(tasks).stream().findFirst();
    }

    /**
     * Up to {@code limit} tasks after {@code afterId} matching the filter conditions.
     *
     * @param conditions SQL conditions on {@code t}, ANDed; their parameters are in {@code params}
     */
    List<Task> page(TaskScope scope, TaskConditions conditions, long afterId, int limit) {
        return page(scope, conditions.sql(), conditions.params(), afterId, limit);
    }

    /** Every task in scope, a page at a time by id. */
    List<Task> page(TaskScope scope, long afterId, int limit) {
        return page(scope, List.of(), Map.of(), afterId, limit);
    }

    private List<Task> page(TaskScope scope, List<String> conditions, Map<String, Object> params, long afterId,
            int limit) {
        var where = new ArrayList<String>();
        where.add(scope.condition());
        where.add("t.id > :afterId");
        where.addAll(conditions);
        var tasks = jdbc.sql("select " + COLUMNS + " from task t where (" + String.join(") and (", where)
                + ") order by t.id fetch first " + limit + " rows only")
                .params(scope.params()).params(params).param("afterId", afterId)
                .query(JdbcTasks::task).list();
        return withCoordinatingUnits(tasks);
    }

    /** The tasks of the ids that are in scope, in the order of the ids. */
    List<Task> find(TaskScope scope, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        var byId = new HashMap<Long, Task>();
        withCoordinatingUnits(jdbc.sql("select " + COLUMNS + " from task t where t.id in (:ids) and (" + scope.condition() + ")")
                .params(scope.params()).param("ids", ids).query(JdbcTasks::task).list())
                .forEach(t -> byId.put(t.id(), t));
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    /** For each of the tasks that has sub-tasks: how many, and how many were completed by the date. */
    Map<Long, long[]> subTaskCounts(Collection<Long> taskIds, LocalDate asOf) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, long[]>();
        jdbc.sql("""
                select parent_task_id, count(*),
                       sum(case when completed_at is not null and completed_at <= :asOf then 1 else 0 end)
                from task where parent_task_id in (:ids) group by parent_task_id
                """).param("ids", List.copyOf(taskIds)).param("asOf", asOf)
                .query((ResultSet rs) -> {
                    result.put(rs.getLong(1), new long[] { rs.getLong(2), rs.getLong(3) });
                });
        return result;
    }

    /** The outside agency leading each of the tasks that one leads, by task id (ADR 0053). */
    Map<Long, Long> leadAgencies(Collection<Long> taskIds) {
        if (taskIds.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, Long>();
        jdbc.sql("select task_id, agency_id from task_lead_agency where task_id in (:ids)")
                .param("ids", List.copyOf(taskIds)).query((ResultSet rs) -> {
                    result.put(rs.getLong(1), rs.getLong(2));
                });
        return result;
    }

    /** The outside agency now leads the task (replacing any other). */
    void leadByAgency(long taskId, long agencyId) {
        jdbc.sql("delete from task_lead_agency where task_id = :task").param("task", taskId).update();
        jdbc.sql("insert into task_lead_agency (task_id, agency_id) values (:task, :agency)").param("task", taskId)
                .param("agency", agencyId).update();
    }

    /** Titles of tasks by id (for showing a parent task), whatever the scope: a title of one's own parent. */
    Map<Long, String> titles(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var result = new HashMap<Long, String>();
        jdbc.sql("select id, title from task where id in (:ids)").param("ids", List.copyOf(ids))
                .query((ResultSet rs) -> {
                    result.put(rs.getLong(1), rs.getString(2));
                });
        return result;
    }

    /** The open sub-tasks of a task (whatever the user's scope: the roll-up needs them all). */
    long openSubTasks(long parentId) {
        return jdbc.sql("select count(*) from task where parent_task_id = :parent and completed_at is null")
                .param("parent", parentId).query(Long.class).single();
    }

    /** The latest completion among a task's sub-tasks. */
    LocalDate lastSubTaskCompletion(long parentId) {
        return jdbc.sql("select max(completed_at) from task where parent_task_id = :parent")
                .param("parent", parentId).query(LocalDate.class).single();
    }

    /**
     * Those of the ids (at most a thousand) that are in scope. The ids are written into the statement as numbers
     * (they are longs: nothing else can get in): H2 checks a list of constants with a hash set, but a list of a
     * thousand parameters value by value for each row found — a million comparisons per call, most of the time of
     * a periodic report's explanations for 40,000 overdue tasks.
     */
    List<Long> visibleIds(TaskScope scope, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select t.id from task t where t.id in (" + SqlIds.literals(ids) + ") and (" + scope.condition() + ")")
                .params(scope.params()).query(Long.class).list();
    }

    List<TaskHeading> headings(TaskScope scope, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select t.id, t.title, t.completed_at from task t where t.id in (" + SqlIds.literals(ids) + ") and ("
                + scope.condition() + ")").params(scope.params())
                .query((rs, n) -> new TaskHeading(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .list();
    }

    private List<Task> withCoordinatingUnits(List<Task> tasks) {
        if (tasks.isEmpty()) {
            return tasks;
        }
        var byTask = coordinatingUnits(tasks.stream().map(Task::id).toList());
        return tasks.stream().map(t -> new Task(t.id(), t.agencyId(), t.directiveId(), t.parentTaskId(), t.kind(), t.title(), t.description(),
                t.leadUnitId(), byTask.getOrDefault(t.id(), List.of()), t.supervisingLeaderId(), t.deadline(),
                t.deadlineText(), t.recurrence(), t.completedAt(), t.completedBy(), t.product(), t.version(), t.createdAt(), t.createdBy()))
                .toList();
    }

    private Map<Long, List<Long>> coordinatingUnits(Collection<Long> taskIds) {
        var result = new HashMap<Long, List<Long>>();
        jdbc.sql("select task_id, unit_id from task_coordinating_unit where task_id in (:ids) order by task_id, unit_id")
                .param("ids", List.copyOf(taskIds))
                .query((ResultSet rs) -> {
                    result.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return result;
    }

    private static Task task(ResultSet rs, int row) throws SQLException {
        return new Task(rs.getLong("id"), rs.getLong("agency_id"), nullableLong(rs, "directive_id"),
                nullableLong(rs, "parent_task_id"), TaskKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("description"), rs.getLong("lead_unit_id"), List.of(),
                nullableLong(rs, "supervising_leader_id"), rs.getObject("deadline", LocalDate.class),
                rs.getString("deadline_text"), recurrence(rs), rs.getObject("completed_at", LocalDate.class), completedBy(rs),
                rs.getString("product"),
                rs.getLong("version"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("created_by"));
    }

    private static Recurrence recurrence(ResultSet rs) throws SQLException {
        String frequency = rs.getString("recurrence_frequency");
        if (frequency == null) {
            return null;
        }
        Long dayOfWeek = nullableLong(rs, "recurrence_day_of_week");
        return new Recurrence(Recurrence.Frequency.valueOf(frequency), nullableInt(rs, "recurrence_day_of_month"),
                nullableInt(rs, "recurrence_month_of_period"),
                dayOfWeek == null ? null : DayOfWeek.of(dayOfWeek.intValue()));
    }

    private static Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int value = rs.getInt(column);
        return rs.wasNull() ? null : value;
    }

    private static CompletedBy completedBy(ResultSet rs) throws SQLException {
        String source = rs.getString("completed_as");
        // A row edited behind the application's back (reopened without its recorder) still reads; the audit
        // verifier reports the edit.
        return source == null || rs.getObject("completed_at") == null ? null
                : new CompletedBy(rs.getString("completed_by"), CompletedBy.Source.valueOf(source),
                        nullableLong(rs, "completed_by_unit_id"), rs.getBoolean("completed_beyond_limits"),
                        steps(rs.getString("completed_skipped_steps")), rs.getString("completed_reason"));
    }

    private static List<CompletionStep> steps(String names) {
        return names == null || names.isBlank() ? List.of()
                : Arrays.stream(names.split(",")).map(String::strip).map(CompletionStep::valueOf).toList();
    }

    static Long nullableLong(ResultSet rs, String column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? null : value;
    }
}
