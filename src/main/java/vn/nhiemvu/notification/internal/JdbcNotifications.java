package vn.nhiemvu.notification.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

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
    private final Clock clock;

    JdbcNotifications(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** @return false if the person already had it (a notice announced again after a restart) */
    boolean insertInApp(NoticeIssued notice, long userId) {
        return jdbc.sql("""
                insert into notification_inbox (notice_id, user_id, agency_id, rule, title, body, link, created_at)
                values (:notice, :user, :agency, :rule, :title, :body, :link, :now) on conflict do nothing""")
                .param("notice", notice.noticeId()).param("user", userId).param("agency", notice.agencyId())
                .param("rule", notice.rule().name()).param("title", notice.title()).param("body", notice.body())
                .param("link", notice.link()).param("now", now()).update() == 1;
    }

    List<InAppNotice> inApp(long userId, boolean unreadOnly, int limit) {
        return jdbc.sql("""
                select id, notice_id, rule, title, body, link, created_at, read_at from notification_inbox
                where user_id = :user""" + (unreadOnly ? " and read_at is null" : "")
                + " order by id desc fetch first " + limit + " rows only")
                .param("user", userId).query(JdbcNotifications::inApp).list();
    }

    long unread(long userId) {
        return jdbc.sql("select count(*) from notification_inbox where user_id = :user and read_at is null")
                .param("user", userId).query(Long.class).single();
    }

    boolean markRead(long userId, long id) {
        return jdbc.sql("""
                update notification_inbox set read_at = coalesce(read_at, :now) where id = :id and user_id = :user""")
                .param("now", now()).param("id", id).param("user", userId).update() == 1;
    }

    void markAllRead(long userId) {
        jdbc.sql("update notification_inbox set read_at = :now where user_id = :user and read_at is null")
                .param("now", now()).param("user", userId).update();
    }

    void delivery(long noticeId, Long userId, String channel, String address, String status, String detail) {
        jdbc.sql("""
                insert into notification_delivery (notice_id, user_id, channel, address, status, detail, created_at)
                values (:notice, :user, :channel, :address, :status, :detail, :now)""")
                .param("notice", noticeId).param("user", userId).param("channel", channel).param("address", address)
                .param("status", status).param("detail", detail == null || detail.length() <= 1000 ? detail
                        : detail.substring(0, 1000))
                .param("now", now()).update();
    }

    boolean emailed(long noticeId, long userId) {
        return jdbc.sql("""
                select count(*) from notification_delivery
                where notice_id = :notice and user_id = :user and channel = 'EMAIL' and status = 'SENT'""")
                .param("notice", noticeId).param("user", userId).query(Long.class).single() > 0;
    }

    Optional<NotificationPreferences> preferences(long userId) {
        return jdbc.sql("select email, in_app, by_email, muted_rules from notification_preference where user_id = :user")
                .param("user", userId)
                .query((rs, n) -> new NotificationPreferences(rs.getString(1), rs.getBoolean(2), rs.getBoolean(3),
                        Arrays.stream(rs.getString(4).split(",")).filter(s -> !s.isBlank()).map(NoticeRule::valueOf)
                                .collect(Collectors.toSet())))
                .optional();
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

    void queueWebhook(long endpointId, long noticeId, String body) {
        jdbc.sql("""
                insert into webhook_delivery (endpoint_id, notice_id, body, attempts, next_attempt_at, created_at)
                values (:endpoint, :notice, :body, 0, :now, :now) on conflict do nothing""")
                .param("endpoint", endpointId).param("notice", noticeId).param("body", body).param("now", now())
                .update();
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
        OffsetDateTime read = rs.getObject("read_at", OffsetDateTime.class);
        return new InAppNotice(rs.getLong("id"), rs.getLong("notice_id"), rule, rule.label(), rs.getString("title"),
                rs.getString("body"), rs.getString("link"), rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                read == null ? null : read.toInstant());
    }
}
