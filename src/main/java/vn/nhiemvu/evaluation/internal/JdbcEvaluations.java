package vn.nhiemvu.evaluation.internal;


import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.EvaluationPolicyChanged;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.CacheInvalidation;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;

/**
 * Policies per agency from {@code evaluation_policy}; an agency without a row gets the defaults
 * configured under {@code nhiemvu.evaluation.*} (Chỉ thị 75, 5 working days).
 */
@Service
class JdbcEvaluations implements Evaluations {

    private static final String POLICY_CHANGED = "evaluation-policy-changed";

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final EvaluationPolicy defaults;
    /**
     * Every status needs the agency's policy; it changes when an administrator says so, and then every node drops
     * it (a cluster signal, ADR 0019; else the time to live, ADR 0010).
     */
    private final Cache<Long, EvaluationPolicy> policies;
    private final ClusterSignals signals;

    JdbcEvaluations(JdbcClient jdbc, WorkingCalendar calendar, ApplicationEventPublisher events, ClusterSignals signals,
            EvaluationProperties settings, PolicyCacheProperties caches) {
        this.policies = Caffeine.newBuilder().expireAfterWrite(caches.policyTtl()).build();
        this.signals = signals;
        signals.subscribe(POLICY_CHANGED, agency -> policies.invalidate(Long.valueOf(agency)), policies::invalidateAll);
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.events = events;
        this.defaults = new EvaluationPolicy(settings.policy(), settings.dueSoonWorkingDays(),
                settings.cutoffWorkingDaysBeforeDeadline(), settings.nonWorkingDeadlineExtends());
    }

    @Override
    public EvaluationPolicy policy(long agencyId) {
        return policies.get(agencyId, this::loadPolicy);
    }

    private EvaluationPolicy loadPolicy(long agencyId) {
        return jdbc.sql("""
                select kind, due_soon_working_days, cutoff_working_days, non_working_deadline_extends
                from evaluation_policy where agency_id = :agency
                """).param("agency", agencyId)
                .query((rs, n) -> new EvaluationPolicy(EvaluationPolicy.Kind.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), rs.getBoolean(4)))
                .optional().orElse(defaults);
    }

    @Override
    @Transactional
    public EvaluationPolicy update(CurrentUser user, EvaluationPolicy policy) {
        if (user.role() != Role.ADMIN) {
            throw new ForbiddenException(Message.of("forbidden.evaluation.policy.admin-only"));
        }
        EvaluationPolicy before = loadPolicy(user.agencyId());
        int updated = jdbc.sql("""
                update evaluation_policy set kind = :kind, due_soon_working_days = :dueSoon, cutoff_working_days = :cutoff,
                    non_working_deadline_extends = :extends
                where agency_id = :agency
                """).params(params(user.agencyId(), policy)).update();
        if (updated == 0) {
            jdbc.sql("""
                    insert into evaluation_policy (agency_id, kind, due_soon_working_days, cutoff_working_days,
                                                   non_working_deadline_extends)
                    values (:agency, :kind, :dueSoon, :cutoff, :extends)
                    """).params(params(user.agencyId(), policy)).update();
        }
        CacheInvalidation.nowAndAfterCompletion(() -> policies.invalidate(user.agencyId()));
        signals.publish(POLICY_CHANGED, Long.toString(user.agencyId()));
        EvaluationPolicy after = policy(user.agencyId());
        events.publishEvent(new EvaluationPolicyChanged(user.agencyId(), before, after, user.username()));
        return after;
    }

    private static java.util.Map<String, Object> params(long agencyId, EvaluationPolicy policy) {
        return java.util.Map.of("agency", agencyId, "kind", policy.kind().name(), "dueSoon", policy.dueSoonWorkingDays(),
                "cutoff", policy.cutoffWorkingDaysBeforeDeadline(), "extends", policy.nonWorkingDeadlineExtends());
    }

    @Override
    public TaskEvaluator evaluator(long agencyId) {
        return new TaskEvaluator(policy(agencyId), calendar);
    }

    @Override
    public TaskEvaluator evaluator(long agencyId, EvaluationPolicy.Kind kind) {
        return new TaskEvaluator(kind == null ? policy(agencyId) : policy(agencyId).withKind(kind), calendar);
    }
}
