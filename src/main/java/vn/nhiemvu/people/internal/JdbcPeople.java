package vn.nhiemvu.people.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.shared.SqlIds;

/**
 * The people module's tables in explicit SQL. Reads "as of" take a cut-off instant: only rows recorded before it
 * count, and an assignment ended after it is still open, so a past period's sheet reads what was known then.
 */
@Repository
class JdbcPeople {

    private final JdbcClient jdbc;

    JdbcPeople(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One performer row: who, from which day until which (null: still), ended when (null: not). */
    record PerformerRow(long id, long taskId, long userId, LocalDate fromOn, LocalDate untilOn, String assignedBy,
            Instant assignedAt, Instant endedAt) {

        /** The day it ended as known at the cut-off (null: still open then). */
        LocalDate untilAsOf(Instant cutoff) {
            return endedAt != null && endedAt.isBefore(cutoff) ? untilOn : null;
        }
    }

    record CheckRow(long taskId, long userId, LocalDate checkedOn, boolean passed, String note, String checkedBy,
            Instant recordedAt) {
    }

    record CauseRow(long taskId, long userId, String decision, LocalDate decidedOn, String cause, String recordedBy,
            Instant recordedAt) {
    }

    // --- unit heads

    Optional<Long> headOf(long unitId) {
        return jdbc.sql("select user_id from unit_head where unit_id = :unit").param("unit", unitId)
                .query(Long.class).optional();
    }

    Set<Long> unitsHeadedBy(long userId) {
        return Set.copyOf(jdbc.sql("select unit_id from unit_head where user_id = :user").param("user", userId)
                .query(Long.class).list());
    }

    void setHead(long agencyId, long unitId, long userId, String by, Instant at) {
        jdbc.sql("delete from unit_head where unit_id = :unit").param("unit", unitId).update();
        jdbc.sql("""
                insert into unit_head (unit_id, agency_id, user_id, designated_by, designated_at)
                values (:unit, :agency, :user, :by, :at)
                """).param("unit", unitId).param("agency", agencyId).param("user", userId).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    // --- performers

    private static final String PERFORMER = """
            select id, task_id, user_id, from_on, until_on, assigned_by, assigned_at, ended_at from task_performer
            """;

    List<PerformerRow> performers(long taskId) {
        return jdbc.sql(PERFORMER + " where task_id = :task order by from_on, id").param("task", taskId)
                .query(JdbcPeople::performer).list();
    }

    /** Every assignment of the person recorded before the cut-off. */
    List<PerformerRow> performancesOf(long userId, Instant cutoff) {
        return jdbc.sql(PERFORMER + " where user_id = :user and assigned_at < :cutoff order by task_id, from_on, id")
                .param("user", userId).param("cutoff", Timestamp.from(cutoff)).query(JdbcPeople::performer).list();
    }

    void startPerformer(long agencyId, long taskId, long userId, LocalDate from, String by, Instant at) {
        jdbc.sql("""
                insert into task_performer (agency_id, task_id, user_id, from_on, assigned_by, assigned_at)
                values (:agency, :task, :user, :from, :by, :at)
                """).param("agency", agencyId).param("task", taskId).param("user", userId).param("from", from)
                .param("by", by).param("at", Timestamp.from(at)).update();
    }

    void endPerformer(long id, LocalDate until, String by, Instant at) {
        jdbc.sql("update task_performer set until_on = :until, ended_by = :by, ended_at = :at where id = :id and until_on is null")
                .param("id", id).param("until", until).param("by", by).param("at", Timestamp.from(at)).update();
    }

    private static PerformerRow performer(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp ended = rs.getTimestamp("ended_at");
        return new PerformerRow(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("user_id"),
                rs.getObject("from_on", LocalDate.class), rs.getObject("until_on", LocalDate.class),
                rs.getString("assigned_by"), rs.getTimestamp("assigned_at").toInstant(),
                ended == null ? null : ended.toInstant());
    }

    // --- weights

    void addWeight(long agencyId, long taskId, BigDecimal weight, String by, Instant at) {
        jdbc.sql("""
                insert into task_work_weight (agency_id, task_id, weight, set_by, set_at)
                values (:agency, :task, :weight, :by, :at)
                """).param("agency", agencyId).param("task", taskId).param("weight", weight).param("by", by)
                .param("at", Timestamp.from(at)).update();
    }

    /** The latest weight of each of the tasks set before the cut-off (tasks never weighed are absent). */
    Map<Long, BigDecimal> weights(Collection<Long> taskIds, Instant cutoff) {
        var result = new HashMap<Long, BigDecimal>();
        if (taskIds.isEmpty()) {
            return result;
        }
        // A thousand ids per query, as literals: a person's 5,000 items as 5,000 parameters cost H2 more to parse and
        // match than the reading itself.
        var ids = List.copyOf(taskIds);
        for (int i = 0; i < ids.size(); i += 1000) {
            jdbc.sql("select task_id, weight from task_work_weight where task_id in ("
                    + SqlIds.literals(ids.subList(i, Math.min(ids.size(), i + 1000)))
                    + ") and set_at < :cutoff order by task_id, set_at, id")
                    .param("cutoff", Timestamp.from(cutoff))
                    .query((rs, n) -> result.put(rs.getLong(1), rs.getBigDecimal(2))).list();
        }
        return result;
    }

    // --- quality checks and objective causes

    void addCheck(long agencyId, long taskId, long userId, LocalDate on, boolean passed, String note, String by,
            Instant at) {
        jdbc.sql("""
                insert into task_quality_check (agency_id, task_id, user_id, checked_on, passed, note, checked_by, recorded_at)
                values (:agency, :task, :user, :on, :passed, :note, :by, :at)
                """).param("agency", agencyId).param("task", taskId).param("user", userId).param("on", on)
                .param("passed", passed).param("note", note).param("by", by).param("at", Timestamp.from(at)).update();
    }

    private static final String CHECK = """
            select task_id, user_id, checked_on, passed, note, checked_by, recorded_at from task_quality_check
            """;

    List<CheckRow> checks(long taskId) {
        return jdbc.sql(CHECK + " where task_id = :task order by recorded_at, id").param("task", taskId)
                .query(JdbcPeople::check).list();
    }

    List<CheckRow> checksOf(long userId, Instant cutoff) {
        return jdbc.sql(CHECK + " where user_id = :user and recorded_at < :cutoff order by checked_on, id")
                .param("user", userId).param("cutoff", Timestamp.from(cutoff)).query(JdbcPeople::check).list();
    }

    void addCause(long agencyId, long taskId, long userId, String decision, LocalDate decidedOn, String cause,
            String by, Instant at) {
        jdbc.sql("""
                insert into task_objective_cause (agency_id, task_id, user_id, decision, decided_on, cause, recorded_by, recorded_at)
                values (:agency, :task, :user, :decision, :on, :cause, :by, :at)
                """).param("agency", agencyId).param("task", taskId).param("user", userId).param("decision", decision)
                .param("on", decidedOn).param("cause", cause).param("by", by).param("at", Timestamp.from(at)).update();
    }

    private static final String CAUSE = """
            select task_id, user_id, decision, decided_on, cause, recorded_by, recorded_at from task_objective_cause
            """;

    List<CauseRow> causes(long taskId) {
        return jdbc.sql(CAUSE + " where task_id = :task order by recorded_at, id").param("task", taskId)
                .query(JdbcPeople::cause).list();
    }

    List<CauseRow> causesOf(long userId, Instant cutoff) {
        return jdbc.sql(CAUSE + " where user_id = :user and recorded_at < :cutoff order by recorded_at, id")
                .param("user", userId).param("cutoff", Timestamp.from(cutoff)).query(JdbcPeople::cause).list();
    }

    private static CheckRow check(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CheckRow(rs.getLong("task_id"), rs.getLong("user_id"), rs.getObject("checked_on", LocalDate.class),
                rs.getBoolean("passed"), rs.getString("note"), rs.getString("checked_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    private static CauseRow cause(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new CauseRow(rs.getLong("task_id"), rs.getLong("user_id"), rs.getString("decision"),
                rs.getObject("decided_on", LocalDate.class), rs.getString("cause"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant());
    }

    // --- general points

    void addGeneralPoints(long agencyId, long userId, String period, BigDecimal points, String note, String by,
            Instant at) {
        jdbc.sql("""
                insert into person_general_points (agency_id, user_id, period, points, note, entered_by, entered_at)
                values (:agency, :user, :period, :points, :note, :by, :at)
                """).param("agency", agencyId).param("user", userId).param("period", period).param("points", points)
                .param("note", note).param("by", by).param("at", Timestamp.from(at)).update();
    }

    /** The latest points entered for the person and period before the cut-off. */
    Optional<BigDecimal> generalPoints(long userId, String period, Instant cutoff) {
        List<BigDecimal> points = jdbc.sql("""
                select points from person_general_points
                 where user_id = :user and period = :period and entered_at < :cutoff
                 order by entered_at desc, id desc
                """).param("user", userId).param("period", period).param("cutoff", Timestamp.from(cutoff))
                .query(BigDecimal.class).list();
        return points.stream().findFirst();
    }

    /** Whether the agency has any performer (the demo gives some once, on a first load). */
    boolean anyPerformer(long agencyId) {
        return !jdbc.sql("select 1 from task_performer where agency_id = :agency fetch first 1 rows only")
                .param("agency", agencyId).query(Integer.class).list().isEmpty();
    }
}
