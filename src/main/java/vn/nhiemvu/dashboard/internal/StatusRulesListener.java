package vn.nhiemvu.dashboard.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import vn.nhiemvu.calendar.CalendarDayChanged;
import vn.nhiemvu.directive.DirectiveEvent;
import vn.nhiemvu.evaluation.EvaluationPolicyChanged;

/**
 * Statuses can move without any task changing: when the agency's evaluation policy, the working calendar or a
 * directive's extension cut-off changes, the aggregates are recounted in the background once the change commits
 * (a recount of a million tasks takes tens of seconds; the dashboard answers meanwhile from the old counts).
 * Each recount is a publication of its own in the event registry, completed only when the recount committed: one that
 * failed stays incomplete and runs again when publications are resubmitted, at the latest at the next start
 * (ADR 0032).
 */
@Component
class StatusRulesListener {

    private static final Logger log = LoggerFactory.getLogger(StatusRulesListener.class);

    /** One agency's aggregates are to be recounted; the calendar's change asks it of every agency, one by one. */
    record RecountRequested(long agencyId, String reason) {
    }

    private final DashboardService dashboards;
    private final JdbcAggregates store;
    private final ApplicationEventPublisher events;

    StatusRulesListener(DashboardService dashboards, JdbcAggregates store, ApplicationEventPublisher events) {
        this.dashboards = dashboards;
        this.store = store;
        this.events = events;
    }

    @ApplicationModuleListener
    void policyChanged(EvaluationPolicyChanged event) {
        recount(event.agencyId(), "evaluation policy changed");
    }

    /**
     * The calendar is national: every agency's deadlines in working days may move. Each agency is recounted in its
     * own transaction (a recount holds the agency's gates until it commits), so one failing does not undo the others.
     */
    @ApplicationModuleListener
    void calendarChanged(CalendarDayChanged event) {
        store.agencies().forEach(agency -> events.publishEvent(
                new RecountRequested(agency, "calendar day " + event.date() + " changed")));
    }

    @ApplicationModuleListener
    void directiveUpdated(DirectiveEvent.DirectiveUpdated event) {
        if (event.extensionCutoffChanged()) {
            recount(event.agencyId(), "extension cut-off of directive " + event.number() + " changed");
        }
    }

    @ApplicationModuleListener
    void recountRequested(RecountRequested request) {
        recount(request.agencyId(), request.reason());
    }

    /** A failure propagates, so that the publication stays incomplete (Spring logs it). */
    private void recount(long agency, String why) {
        var recount = dashboards.recount(agency);
        log.info("Dashboard of agency {} recounted ({}): {} tasks, {} rows differed", agency, why, recount.tasks(),
                recount.differences());
    }
}
