package vn.nhiemvu.monitoring.internal;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.BatchPreparedStatementSetter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

import vn.nhiemvu.monitoring.MonitoringRules;
import vn.nhiemvu.monitoring.Notice;
import vn.nhiemvu.monitoring.NoticeRule;

/** The notices, their recipients and the agencies' rules, in explicit SQL. */
@Repository
class JdbcNotices {

    private static final String SELECT = """
            select n.id, n.agency_id, n.rule, n.subject_type, n.subject_id, n.occasion, n.task_id, n.unit_id, n.title,
                   n.body, n.link, n.issued_on, n.created_at, n.settled_at
            from notice n
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    JdbcNotices(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    /** What a new notice says. */
    record Draft(long agencyId, NoticeRule rule, String subjectType, long subjectId, String occasion, Long taskId,
            Long unitId, String title, String body, String link, LocalDate issuedOn) {
    }

    /**
     * Records each notice unless its rule already spoke about its subject on its occasion (the unique key decides, so
     * two nodes or two sweeps cannot both record it), in one JDBC batch.
     *
     * @return the new notices' ids, in the drafts' order; null where the notice had been recorded before
     */
    List<Long> insertAll(List<Draft> drafts) {
        if (drafts.isEmpty()) {
            return List.of();
        }
        var keys = new GeneratedKeyHolder();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int[] inserted = batch.batchUpdate(connection -> connection.prepareStatement("""
                insert into notice (agency_id, rule, subject_type, subject_id, occasion, task_id, unit_id, title, body,
                                    link, issued_on, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict do nothing
                """, new String[] { "id" }), new BatchPreparedStatementSetter() {

            @Override
            public void setValues(PreparedStatement ps, int i) throws SQLException {
                Draft d = drafts.get(i);
                ps.setLong(1, d.agencyId());
                ps.setString(2, d.rule().name());
                ps.setString(3, d.subjectType());
                ps.setLong(4, d.subjectId());
                ps.setString(5, d.occasion());
                ps.setObject(6, d.taskId(), Types.BIGINT);
                ps.setObject(7, d.unitId(), Types.BIGINT);
                ps.setString(8, cut(d.title(), 500));
                ps.setString(9, cut(d.body(), 4000));
                ps.setString(10, d.link());
                ps.setObject(11, d.issuedOn());
                ps.setObject(12, now);
            }

            @Override
            public int getBatchSize() {
                return drafts.size();
            }
        }, keys);
        // Both drivers (H2, PostgreSQL) return one count per draft and one key per inserted row, in order.
        var ids = new ArrayList<Long>(drafts.size());
        var newKeys = keys.getKeyList().iterator();
        for (int count : inserted) {
            ids.add(count == 0 ? null : ((Number) newKeys.next().get("id")).longValue());
        }
        return ids;
    }

    /** The recipients of many notices, in one JDBC batch. */
    void insertRecipients(Map<Long, List<Notice.Recipient>> byNotice) {
        var rows = new ArrayList<Object[]>();
        byNotice.forEach((noticeId, recipients) -> recipients
                .forEach(r -> rows.add(new Object[] { noticeId, r.userId(), r.username(), r.displayName() })));
        if (!rows.isEmpty()) {
            batch.batchUpdate("insert into notice_recipient (notice_id, user_id, username, display_name) values (?, ?, ?, ?)",
                    rows);
        }
    }

    /** The key of a notice about a task: what the unique key says for subject type TASK. */
    record TaskKey(NoticeRule rule, long taskId, String occasion) {
    }

    /**
     * The keys of the notices already recorded about the tasks with ids in [firstId, lastId], in one query: a sweep
     * tries to insert only the others (the unique key still decides when two sweeps race). A range, not a list of
     * ids: its plan (the task index) stays right even while a first sweep grows the table faster than statistics.
     */
    Set<TaskKey> taskKeys(long firstId, long lastId) {
        var keys = new HashSet<TaskKey>();
        jdbc.sql("""
                select rule, subject_id, occasion from notice
                where task_id between :first and :last and subject_type = 'TASK'""")
                .param("first", firstId).param("last", lastId)
                .query((ResultSet rs) -> {
                    keys.add(new TaskKey(NoticeRule.valueOf(rs.getString(1)), rs.getLong(2), rs.getString(3)));
                });
        return keys;
    }

    /** The notices about the task not settled yet. */
    List<WorkNoticeRules.Open> openAbout(long taskId) {
        return jdbc.sql("""
                select id, rule, subject_type, subject_id, occasion, unit_id from notice
                where task_id = :task and settled_at is null""")
                .param("task", taskId)
                .query((rs, n) -> new WorkNoticeRules.Open(rs.getLong(1), NoticeRule.valueOf(rs.getString(2)),
                        rs.getString(3), rs.getLong(4), rs.getString(5), rs.getObject(6, Long.class)))
                .list();
    }

    /**
     * Marks the notices settled (those not settled yet).
     *
     * @return the usernames they went to
     */
    List<String> settle(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        jdbc.sql("update notice set settled_at = :now where id in (:ids) and settled_at is null")
                .param("now", OffsetDateTime.now(clock)).param("ids", ids).update();
        return jdbc.sql("select distinct username from notice_recipient where notice_id in (:ids)")
                .param("ids", ids).query(String.class).list();
    }

    /**
     * Newest first.
     *
     * @param recipientId only those sent to this account (null: all of the agency)
     * @param taskId      only those about this task (null: all)
     */
    List<Notice> list(long agencyId, Long recipientId, Long taskId, int limit) {
        var where = new ArrayList<String>(List.of("n.agency_id = :agency"));
        var params = new HashMap<String, Object>(Map.of("agency", agencyId));
        if (recipientId != null) {
            where.add("exists (select 1 from notice_recipient r where r.notice_id = n.id and r.user_id = :user)");
            params.put("user", recipientId);
        }
        if (taskId != null) {
            where.add("n.task_id = :task");
            params.put("task", taskId);
        }
        List<Notice> notices = jdbc.sql(SELECT + " where " + String.join(" and ", where)
                + " order by n.id desc fetch first " + limit + " rows only")
                .params(params).query(JdbcNotices::notice).list();
        if (notices.isEmpty()) {
            return notices;
        }
        var recipients = new HashMap<Long, List<Notice.Recipient>>();
        jdbc.sql("select notice_id, user_id, username, display_name from notice_recipient where notice_id in (:ids) "
                + "order by notice_id, username")
                .param("ids", notices.stream().map(Notice::id).toList())
                .query((ResultSet rs) -> {
                    recipients.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Notice.Recipient(rs.getLong(2), rs.getString(3), rs.getString(4)));
                });
        return notices.stream().map(n -> new Notice(n.id(), n.agencyId(), n.rule(), n.ruleLabel(), n.subjectType(),
                n.subjectId(), n.occasion(), n.taskId(), n.unitId(), n.title(), n.body(), n.link(), n.issuedOn(),
                n.createdAt(), n.settledAt(), recipients.getOrDefault(n.id(), List.of()))).toList();
    }

    Optional<MonitoringRules> rules(long agencyId) {
        return jdbc.sql("""
                select repeat_working_days, escalate_after_working_days, request_decision_working_days, weekly_digest
                from monitoring_rule where agency_id = :agency""").param("agency", agencyId)
                .query((rs, n) -> new MonitoringRules(rs.getInt(1), rs.getInt(2), rs.getInt(3), rs.getBoolean(4), true))
                .optional();
    }

    void saveRules(long agencyId, MonitoringRules r, String by) {
        int updated = jdbc.sql("""
                update monitoring_rule set repeat_working_days = :repeat,
                    escalate_after_working_days = :escalate, request_decision_working_days = :request,
                    weekly_digest = :digest, updated_at = :now, updated_by = :by
                where agency_id = :agency""")
                .params(ruleParams(agencyId, r, by)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into monitoring_rule (agency_id, repeat_working_days, escalate_after_working_days,
                        request_decision_working_days, weekly_digest, updated_at, updated_by)
                    values (:agency, :repeat, :escalate, :request, :digest, :now, :by)""")
                    .params(ruleParams(agencyId, r, by)).update();
        }
    }

    private Map<String, Object> ruleParams(long agencyId, MonitoringRules r, String by) {
        return Map.of("agency", agencyId, "repeat", r.repeatWorkingDays(),
                "escalate", r.escalateAfterWorkingDays(), "request", r.requestDecisionWorkingDays(), "digest",
                r.weeklyDigest(), "now", OffsetDateTime.now(clock), "by", by);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static Notice notice(ResultSet rs, int row) throws SQLException {
        NoticeRule rule = NoticeRule.valueOf(rs.getString("rule"));
        OffsetDateTime settled = rs.getObject("settled_at", OffsetDateTime.class);
        return new Notice(rs.getLong("id"), rs.getLong("agency_id"), rule, rule.label(), rs.getString("subject_type"),
                rs.getLong("subject_id"), rs.getString("occasion"), rs.getObject("task_id", Long.class),
                rs.getObject("unit_id", Long.class), rs.getString("title"), rs.getString("body"), rs.getString("link"),
                rs.getObject("issued_on", LocalDate.class), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                settled == null ? null : settled.toInstant(), List.of());
    }
}
