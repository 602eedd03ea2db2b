package vn.nhiemvu.evaluation.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.evaluation.TaskEvaluator;

/**
 * Policies per agency from {@code evaluation_policy}; an agency without a row gets the defaults
 * configured under {@code nhiemvu.evaluation.*} (Chỉ thị 75, 5 working days).
 */
@Service
class JdbcEvaluations implements Evaluations {

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final EvaluationPolicy defaults;

    JdbcEvaluations(JdbcClient jdbc, WorkingCalendar calendar,
            @Value("${nhiemvu.evaluation.policy:CHI_THI_75}") EvaluationPolicy.Kind kind,
            @Value("${nhiemvu.evaluation.due-soon-working-days:5}") int dueSoon,
            @Value("${nhiemvu.evaluation.cutoff-working-days-before-deadline:5}") int cutoff,
            @Value("${nhiemvu.evaluation.non-working-deadline-extends:true}") boolean nonWorkingExtends) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.defaults = new EvaluationPolicy(kind, dueSoon, cutoff, nonWorkingExtends);
    }

    @Override
    public EvaluationPolicy policy(long agencyId) {
        return jdbc.sql("""
                select kind, due_soon_working_days, cutoff_working_days, non_working_deadline_extends
                from evaluation_policy where agency_id = :agency
                """).param("agency", agencyId)
                .query((rs, n) -> new EvaluationPolicy(EvaluationPolicy.Kind.valueOf(rs.getString(1)), rs.getInt(2),
                        rs.getInt(3), rs.getBoolean(4)))
                .optional().orElse(defaults);
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
