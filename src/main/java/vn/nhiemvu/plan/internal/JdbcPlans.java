package vn.nhiemvu.plan.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.plan.Milestone;
import vn.nhiemvu.plan.PlanState;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.plan.ProgressReport;

/** Plan versions, milestones and progress reports in SQL. Every query names the agency. */
@Repository
class JdbcPlans {

    private static final String VERSION_COLUMNS = """
            id, task_id, agency_id, number, state, return_comment, created_at, created_by, submitted_at,
            submitted_by, decided_at, decided_by, version""";

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcPlans(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Newest first, with milestones. */
    List<PlanVersion> versions(long agencyId, long taskId) {
        List<PlanVersion> versions = jdbc.sql("""
                select %s from plan_version
                where agency_id = :agency and task_id = :task order by number desc""".formatted(VERSION_COLUMNS))
                .param("agency", agencyId).param("task", taskId).query(JdbcPlans::version).list();
        if (versions.isEmpty()) {
            return versions;
        }
        var byVersion = new LinkedHashMap<Long, List<Milestone>>();
        versions.forEach(v -> byVersion.put(v.id(), new ArrayList<>()));
        jdbc.sql("""
                select m.id, m.plan_version_id, m.title, m.due_date, m.expected_product, m.completed_on, m.completed_by
                from plan_milestone m join plan_version v on v.id = m.plan_version_id
                where v.agency_id = :agency and v.task_id = :task order by m.plan_version_id, m.position""")
                .param("agency", agencyId).param("task", taskId)
                .query((rs, n) -> Map.entry(rs.getLong("plan_version_id"), milestone(rs))).list()
                .forEach(e -> byVersion.get(e.getKey()).add(e.getValue()));
        return versions.stream().map(v -> v.withMilestones(byVersion.get(v.id()))).toList();
    }

    /** The agency's plan versions waiting for approval, the oldest submission first. */
    List<Submitted> submitted(long agencyId) {
        return jdbc.sql("""
                select task_id, number, submitted_at from plan_version
                where agency_id = :agency and state = 'SUBMITTED' order by submitted_at, id
                """).param("agency", agencyId)
                .query((rs, n) -> new Submitted(rs.getLong("task_id"), rs.getInt("number"),
                        rs.getObject("submitted_at", OffsetDateTime.class).toInstant()))
                .list();
    }

    record Submitted(long taskId, int number, Instant at) {
    }

    Optional<PlanVersion> version(long agencyId, long taskId, int number) {
        return versions(agencyId, taskId).stream().filter(v -> v.number() == number).findFirst();
    }

    PlanVersion insert(PlanVersion v) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into plan_version (agency_id, task_id, number, state, return_comment, created_at, created_by,
                                          submitted_at, submitted_by, decided_at, decided_by, version)
                values (:agency, :task, :number, :state, :comment, :createdAt, :createdBy, :submittedAt,
                        :submittedBy, :decidedAt, :decidedBy, 0)""")
                .param("agency", v.agencyId()).param("task", v.taskId()).param("number", v.number())
                .param("state", v.state().name()).param("comment", v.returnComment())
                .param("createdAt", time(v.createdAt())).param("createdBy", v.createdBy())
                .param("submittedAt", time(v.submittedAt())).param("submittedBy", v.submittedBy())
                .param("decidedAt", time(v.decidedAt())).param("decidedBy", v.decidedBy())
                .update(keys, "id");
        long id = keys.getKey().longValue();
        PlanVersion stored = v.stored(id, 0);
        return stored.withMilestones(insertMilestones(stored));
    }

    /** Writes the version's state and milestones if the stored version is still {@code v.version()}; else false. */
    boolean update(PlanVersion v, boolean replaceMilestones) {
        int rows = jdbc.sql("""
                update plan_version set state = :state, return_comment = :comment, submitted_at = :submittedAt,
                    submitted_by = :submittedBy, decided_at = :decidedAt, decided_by = :decidedBy,
                    version = version + 1
                where id = :id and agency_id = :agency and version = :version""")
                .param("state", v.state().name()).param("comment", v.returnComment())
                .param("submittedAt", time(v.submittedAt())).param("submittedBy", v.submittedBy())
                .param("decidedAt", time(v.decidedAt())).param("decidedBy", v.decidedBy())
                .param("id", v.id()).param("agency", v.agencyId()).param("version", v.version()).update();
        if (rows == 0) {
            return false;
        }
        if (replaceMilestones) {
            jdbc.sql("delete from plan_milestone where plan_version_id = :id").param("id", v.id()).update();
            insertMilestones(v);
        } else {
            for (Milestone m : v.milestones()) {
                jdbc.sql("""
                        update plan_milestone set completed_on = :completedOn, completed_by = :completedBy
                        where id = :id and plan_version_id = :version""")
                        .param("completedOn", m.completedOn()).param("completedBy", m.completedBy())
                        .param("id", m.id()).param("version", v.id()).update();
            }
        }
        return true;
    }

    private List<Milestone> insertMilestones(PlanVersion v) {
        var stored = new ArrayList<Milestone>();
        int position = 0;
        for (Milestone m : v.milestones()) {
            var keys = new GeneratedKeyHolder();
            jdbc.sql("""
                    insert into plan_milestone (agency_id, plan_version_id, position, title, due_date, expected_product,
                                                completed_on, completed_by)
                    values (:agency, :version, :position, :title, :due, :product, :completedOn, :completedBy)""")
                    .param("agency", v.agencyId()).param("version", v.id()).param("position", position++)
                    .param("title", m.title()).param("due", m.dueDate()).param("product", m.expectedProduct())
                    .param("completedOn", m.completedOn()).param("completedBy", m.completedBy())
                    .update(keys, "id");
            stored.add(new Milestone(keys.getKey().longValue(), m.title(), m.dueDate(), m.expectedProduct(),
                    m.completedOn(), m.completedBy()));
        }
        return stored;
    }

    List<vn.nhiemvu.plan.OpenMilestone> openMilestones(long agencyId) {
        return jdbc.sql("""
                select v.task_id, v.number, m.id, m.title, m.due_date from plan_milestone m
                join plan_version v on v.id = m.plan_version_id
                where v.agency_id = :agency and v.state = 'APPROVED' and m.completed_on is null
                order by m.due_date, m.id""").param("agency", agencyId)
                .query((rs, n) -> new vn.nhiemvu.plan.OpenMilestone(rs.getLong(1), rs.getInt(2), rs.getLong(3),
                        rs.getString(4), rs.getObject(5, java.time.LocalDate.class)))
                .list();
    }


    private static final String REPORTS = """
            select r.id, r.task_id, r.unit_id, r.unit_name, r.part, r.percent_done, r.done_text, r.obstacles,
                   r.next_steps, r.milestone_id, m.title as milestone_title, r.created_at, r.created_by
            from progress_report r left join plan_milestone m on m.id = r.milestone_id
            """;

    /** Milestones of approved versions not done before the date, with their task ids, the oldest due first. */
    List<Map.Entry<Long, Milestone>> undone(long agencyId, LocalDate before, int limit) {
        return jdbc.sql("""
                select v.task_id, m.id, m.title, m.due_date, m.expected_product, m.completed_on, m.completed_by
                from plan_milestone m join plan_version v on v.id = m.plan_version_id
                where m.agency_id = :agency and v.state = 'APPROVED' and m.completed_on is null and m.due_date < :before
                order by m.due_date, m.id""" + " fetch first " + limit + " rows only")
                .param("agency", agencyId).param("before", before)
                .query((rs, n) -> Map.entry(rs.getLong("task_id"), milestone(rs))).list();
    }

    List<ProgressReport> reports(long agencyId, long taskId) {
        return jdbc.sql(REPORTS + """
                where r.agency_id = :agency and r.task_id = :task
                order by r.created_at desc, r.id desc""")
                .param("agency", agencyId).param("task", taskId)
                .query(JdbcPlans::report).list();
    }

    /** For each task, the lead unit's latest report made before the instant; at most a thousand ids. */
    Map<Long, ProgressReport> latestLeadReports(long agencyId, List<Long> taskIds, Instant before) {
        var result = new HashMap<Long, ProgressReport>();
        if (taskIds.isEmpty()) {
            return result;
        }
        jdbc.sql(REPORTS + """
                where r.agency_id = :agency and r.task_id in (:tasks) and r.part = 'LEAD' and r.created_at < :before
                order by r.task_id, r.created_at, r.id""")
                .param("agency", agencyId).param("tasks", taskIds).param("before", time(before))
                .query(JdbcPlans::report).list()
                .forEach(r -> result.put(r.taskId(), r));
        return result;
    }

    private static ProgressReport report(ResultSet rs, int n) throws SQLException {
        return new ProgressReport(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("unit_id"),
                rs.getString("unit_name"), rs.getString("part"), rs.getInt("percent_done"),
                rs.getString("done_text"), rs.getString("obstacles"), rs.getString("next_steps"),
                rs.getObject("milestone_id", Long.class), rs.getString("milestone_title"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("created_by"));
    }

    long insertReport(long agencyId, ProgressReport r) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into progress_report (agency_id, task_id, unit_id, unit_name, part, percent_done, done_text,
                                             obstacles, next_steps, milestone_id, created_at, created_by)
                values (:agency, :task, :unit, :unitName, :part, :percent, :done, :obstacles, :nextSteps, :milestone,
                        :createdAt, :createdBy)""")
                .param("agency", agencyId).param("task", r.taskId()).param("unit", r.unitId())
                .param("unitName", r.unitName()).param("part", r.part()).param("percent", r.percent())
                .param("done", r.done()).param("obstacles", r.obstacles()).param("nextSteps", r.nextSteps())
                .param("milestone", r.milestoneId()).param("createdAt", time(r.createdAt()))
                .param("createdBy", r.createdBy()).update(keys, "id");
        return keys.getKey().longValue();
    }

    private OffsetDateTime time(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, clock.getZone());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static PlanVersion version(ResultSet rs, int n) throws SQLException {
        return new PlanVersion(rs.getLong("id"), rs.getLong("task_id"), rs.getLong("agency_id"), rs.getInt("number"),
                PlanState.valueOf(rs.getString("state")), List.of(), rs.getString("return_comment"),
                instant(rs, "created_at"), rs.getString("created_by"), instant(rs, "submitted_at"),
                rs.getString("submitted_by"), instant(rs, "decided_at"), rs.getString("decided_by"),
                rs.getLong("version"));
    }

    private static Milestone milestone(ResultSet rs) throws SQLException {
        return new Milestone(rs.getLong("id"), rs.getString("title"), rs.getObject("due_date", java.time.LocalDate.class),
                rs.getString("expected_product"), rs.getObject("completed_on", java.time.LocalDate.class),
                rs.getString("completed_by"));
    }
}
