package vn.nhiemvu.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
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

import vn.nhiemvu.monitoring.NoticeIssued;
import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.notification.InAppNotice;
import vn.nhiemvu.notification.NotificationPreferences;
import vn.nhiemvu.notification.WebhookEndpoint;

/** In-app notices, deliveries, preferences and webhooks, in explicit SQL. */
@Repository
class JdbcNotifications {

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Clock clock;

    JdbcNotifications(JdbcClient jdbc, JdbcTemplate batch, Clock clock) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** A notice for one person. */
    record InApp(NoticeIssued notice, long userId) {
    }

    /**
     * In one JDBC batch.
     *
     * @return per row, whether it was written now (false: the person already had it, a notice announced again after
     *         a restart)
     */
    void insertInApp(List<InApp> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        batch.batchUpdate("""
                insert into notification_inbox (notice_id, user_id, agency_id, rule, title, body, link, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""", rows, rows.size(), (ps, r) -> {
                    ps.setLong(1, r.notice().noticeId());
                    ps.setLong(2, r.userId());
                    ps.setLong(3, r.notice().agencyId());
                    ps.setString(4, r.notice().rule().name());
                    ps.setString(5, r.notice().title());
                    ps.setString(6, r.notice().body());
                    ps.setString(7, r.notice().link());
                    ps.setObject(8, now);
                });
    }

    List<InAppNotice> inApp(long userId, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                select id, notice_id, rule, title, body, link, created_at, read_at, settled_at from notification_inbox
                where user_id = :user""" + (unreadOnly ? " and read_at is null and settled_at is null" : "")
                + " order by id desc fetch first " + limit + " rows only")
                .param("user", userId).query(JdbcNotifications::inApp).list();
    }

    long unread(long userId) {
        return jdbc.sql("""
                select count(*) from notification_inbox where user_id = :user and read_at is null and settled_at is null""")
                .param("user", userId).query(Long.class).single();
    }

    boolean markRead(long userId, long id) {
        return jdbc.sql("""
                update notification_inbox set read_at = coalesce(read_at, :now) where id = :id and user_id = :user""")
                .param("now", now()).param("id", id).param("user", userId).update() == 1;
    }

    /** The link of the person's notice, if it is theirs. */
    Optional<String> link(long userId, long id) {
        return jdbc.sql("select link from notification_inbox where id = :id and user_id = :user")
                .param("id", id).param("user", userId).query(String.class).optional();
    }

    /** Every person's copy of the notices leaves their inbox. */
    void settle(List<Long> noticeIds) {
        jdbc.sql("update notification_inbox set settled_at = :now where notice_id in (:ids) and settled_at is null")
                .param("now", now()).param("ids", noticeIds).update();
    }

    void markAllRead(long userId) {
        jdbc.sql("update notification_inbox set read_at = :now where user_id = :user and read_at is null")
                .param("now", now()).param("user", userId).update();
    }

    /** What a channel did with a notice for one person. */
    record Delivery(long noticeId, Long userId, String channel, String address, String status, String detail) {
    }

    void delivery(long noticeId, Long userId, String channel, String address, String status, String detail) {
        deliveries(List.of(new Delivery(noticeId, userId, channel, address, status, detail)));
    }

    /** In one JDBC batch. */
    void deliveries(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        batch.batchUpdate("""
                insert into notification_delivery (notice_id, user_id, channel, address, status, detail, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""", deliveries, deliveries.size(), (ps, d) -> {
                    ps.setLong(1, d.noticeId());
                    ps.setObject(2, d.userId(), Types.BIGINT);
                    ps.setString(3, d.channel());
                    ps.setString(4, d.address());
                    ps.setString(5, d.status());
                    ps.setString(6, d.detail() == null || d.detail().length() <= 1000 ? d.detail()
                            : d.detail().substring(0, 1000));
                    ps.setObject(7, now);
                });
    }

    /** How e-mailing a notice to a person went so far. */
    record EmailAttempts(boolean sent, int failures) {
    }

    EmailAttempts emailAttempts(long noticeId, long userId) {
        return jdbc.sql("""
                select count(case when status = 'SENT' then 1 end) sent, count(case when status = 'FAILED' then 1 end) failed
                from notification_delivery where notice_id = :notice and user_id = :user and channel = 'EMAIL'""")
                .param("notice", noticeId).param("user", userId)
                .query((rs, n) -> new EmailAttempts(rs.getLong("sent") > 0, rs.getInt("failed"))).single();
    }

    Optional<NotificationPreferences> preferences(long userId) {
        return Optional.ofNullable(preferences(List.of(userId)).get(userId));
    }

    /** The choices of those of the people who made any, in one query. */
    Map<Long, NotificationPreferences> preferences(Collection<Long> userIds) {
        var found = new HashMap<Long, NotificationPreferences>();
        if (userIds.isEmpty()) {
            return found;
        }
        jdbc.sql("select user_id, email, in_app, by_email, muted_rules from notification_preference where user_id in (:users)")
                .param("users", userIds)
                .query((ResultSet rs) -> {
                    found.put(rs.getLong(1), new NotificationPreferences(rs.getString(2), rs.getBoolean(3),
                            rs.getBoolean(4), Arrays.stream(rs.getString(5).split(",")).filter(s -> !s.isBlank())
                                    .map(NoticeRule::valueOf).collect(Collectors.toSet())));
                });
        return found;
    }

    void savePreferences(long userId, NotificationPreferences p) {
        String muted = p.mutedRules().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        int updated = jdbc.sql("""
                update notification_preference set email = :email, in_app = :inApp, by_email = :byEmail,
                    muted_rules = :muted, updated_at = :now where user_id = :user""")
                .param("email", p.email()).param("inApp", p.inApp()).param("byEmail", p.byEmail())
                .param("muted", muted).param("now", now()).param("user", userId).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into notification_preference (user_id, email, in_app, by_email, muted_rules, updated_at)
                    values (:user, :email, :inApp, :byEmail, :muted, :now)""")
                    .param("email", p.email()).param("inApp", p.inApp()).param("byEmail", p.byEmail())
                    .param("muted", muted).param("now", now()).param("user", userId).update();
        }
    }

    /** An endpoint with its secret, for signing. */
    record Endpoint(long id, long agencyId, String url, String secret) {
    }

    List<Endpoint> enabledEndpoints(long agencyId) {
        return jdbc.sql("select id, agency_id, url, secret from webhook_endpoint where agency_id = :agency and enabled")
                .param("agency", agencyId)
                .query((rs, n) -> new Endpoint(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list();
    }

    List<WebhookEndpoint> endpoints(long agencyId) {
        return jdbc.sql("select id, url, enabled, created_at, created_by from webhook_endpoint where agency_id = :agency order by id")
                .param("agency", agencyId)
                .query((rs, n) -> new WebhookEndpoint(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
                        rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5)))
                .list();
    }

    long insertEndpoint(long agencyId, String url, String secret, String by) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into webhook_endpoint (agency_id, url, secret, enabled, created_at, created_by)
                values (:agency, :url, :secret, true, :now, :by)""")
                .param("agency", agencyId).param("url", url).param("secret", secret).param("now", now())
                .param("by", by).update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    boolean deleteEndpoint(long agencyId, long id) {
        return jdbc.sql("delete from webhook_endpoint where agency_id = :agency and id = :id")
                .param("agency", agencyId).param("id", id).update() == 1;
    }

    /** A notice's body for one endpoint. */
    record Webhook(long endpointId, long noticeId, String body) {
    }

    /** In one JDBC batch. */
    void queueWebhooks(List<Webhook> webhooks) {
        if (webhooks.isEmpty()) {
            return;
        }
        OffsetDateTime now = now();
        batch.batchUpdate("""
                insert into webhook_delivery (endpoint_id, notice_id, body, attempts, next_attempt_at, created_at)
                values (?, ?, ?, 0, ?, ?) on conflict do nothing""",
                webhooks.stream().map(w -> new Object[] { w.endpointId(), w.noticeId(), w.body(), now, now }).toList());
    }

    /** A delivery waiting for its next attempt. */
    record Due(long id, String url, String secret, long noticeId, String body, int attempts, OffsetDateTime nextAttemptAt) {
    }

    List<Due> dueWebhooks(Instant now, int limit) {
        return jdbc.sql("""
                select d.id, e.url, e.secret, d.notice_id, d.body, d.attempts, d.next_attempt_at
                from webhook_delivery d join webhook_endpoint e on e.id = d.endpoint_id
                where d.delivered_at is null and d.next_attempt_at is not null and d.next_attempt_at <= :now and e.enabled
                order by d.next_attempt_at, d.id fetch first """ + " " + limit + " rows only")
                .param("now", OffsetDateTime.ofInstant(now, clock.getZone()))
                .query((rs, n) -> new Due(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getString(5), rs.getInt(6), rs.getObject(7, OffsetDateTime.class)))
                .list();
    }

    /** Takes the delivery for this attempt unless another node took it first (its time has moved). */
    boolean claim(Due due, Instant leaseUntil) {
        return jdbc.sql("""
                update webhook_delivery set next_attempt_at = :lease where id = :id and next_attempt_at = :expected
                  and delivered_at is null""")
                .param("lease", OffsetDateTime.ofInstant(leaseUntil, clock.getZone())).param("id", due.id())
                .param("expected", due.nextAttemptAt()).update() == 1;
    }

    void delivered(long id, int status, Instant at) {
        jdbc.sql("""
                update webhook_delivery set delivered_at = :at, attempts = attempts + 1, last_status = :status,
                    last_error = null, next_attempt_at = null where id = :id""")
                .param("at", OffsetDateTime.ofInstant(at, clock.getZone())).param("status", status).param("id", id)
                .update();
    }

    /** @param next null: given up */
    void failed(long id, Integer status, String error, Instant next) {
        jdbc.sql("""
                update webhook_delivery set attempts = attempts + 1, last_status = :status, last_error = :error,
                    next_attempt_at = :next where id = :id""")
                .param("status", status).param("error", error.length() <= 1000 ? error : error.substring(0, 1000))
                .param("next", next == null ? null : OffsetDateTime.ofInstant(next, clock.getZone())).param("id", id)
                .update();
    }

    private static InAppNotice inApp(ResultSet rs, int row) throws SQLException {
        NoticeRule rule = NoticeRule.valueOf(rs.getString("rule"));
        return new InAppNotice(rs.getLong("id"), rs.getLong("notice_id"), rule, rule.label(), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                instant(rs, "read_at"), instant(rs, "settled_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
        return at == null ? null : at.toInstant();
    }
}
