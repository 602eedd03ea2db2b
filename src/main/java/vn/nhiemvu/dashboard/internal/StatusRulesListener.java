package vn.nhiemvu.dashboard.internal;

import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.nhiemvu.calendar.CalendarDayChanged;
import vn.nhiemvu.directive.DirectiveEvent;
import vn.nhiemvu.evaluation.EvaluationPolicyChanged;

/**
 * Statuses can move without any task changing: when the agency's evaluation policy, the working calendar or a
 * directive's extension cut-off changes, the aggregates are recounted in the background once the change commits
 * (a recount of a million tasks takes tens of seconds; the dashboard answers meanwhile from the old counts).
 */
@Component
class StatusRulesListener {

    private static final Logger log = LoggerFactory.getLogger(StatusRulesListener.class);

    private final DashboardService dashboards;
    private final JdbcAggregates store;
    private final TaskExecutor executor;

    StatusRulesListener(DashboardService dashboards, JdbcAggregates store,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.dashboards = dashboards;
        this.store = store;
        this.executor = executor;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void policyChanged(EvaluationPolicyChanged event) {
        recountLater(event.agencyId(), "evaluation policy changed");
    }

    /** The calendar is national: every agency's deadlines in working days may move. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void calendarChanged(CalendarDayChanged event) {
        store.agencies().forEach(agency -> recountLater(agency, "calendar day " + event.date() + " changed"));
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void directiveUpdated(DirectiveEvent.DirectiveUpdated event) {
        if (!Objects.equals(event.before().extensionCutoff(), event.directive().extensionCutoff())) {
            recountLater(event.agencyId(), "extension cut-off of directive " + event.directive().number() + " changed");
        }
    }

    private void recountLater(long agency, String why) {
        executor.execute(() -> {
            try {
                var recount = dashboards.recount(agency);
                log.info("Dashboard of agency {} recounted ({}): {} tasks, {} rows differed", agency, why,
                        recount.tasks(), recount.differences());
            } catch (RuntimeException e) {
                log.error("Dashboard of agency {} could not be recounted ({}); run the recount by hand", agency, why, e);
            }
        });
    }
}
