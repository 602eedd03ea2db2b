package vn.nhiemvu.dashboard.internal;

import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.task.TaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Recounts every agency once after a migration changed the rule of a counter (it leaves a row in
 * {@code dashboard_recount_request}; ADR 0026): in the background after start, like the recount after a policy change,
 * so the dashboard answers meanwhile from the old counts. A request stays until a recount of every agency succeeded; two
 * nodes starting together may both recount, which changes nothing the second time.
 */
@Component
class RequestedRecounts {

    private static final Logger log = LoggerFactory.getLogger(RequestedRecounts.class);

    private final DashboardService dashboards;
    private final JdbcAggregates store;
    private final TaskExecutor executor;

    RequestedRecounts(DashboardService dashboards, JdbcAggregates store,
            @Qualifier("applicationTaskExecutor") TaskExecutor executor) {
        this.dashboards = dashboards;
        this.store = store;
        this.executor = executor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        executor.execute(this::recountAsRequested);
    }

    /** Recounts every agency if a migration asked for it; the number of agencies recounted. */
    int recountAsRequested() {
        List<String> reasons = store.recountRequests();
        if (reasons.isEmpty()) {
            return 0;
        }
        List<Long> agencies = store.agencies();
        try {
            for (long agency : agencies) {
                var recount = dashboards.recount(agency);
                log.info("Dashboard of agency {} recounted ({}): {} tasks, {} rows differed", agency, reasons,
                        recount.tasks(), recount.differences());
            }
            reasons.forEach(store::recountRequestDone);
            return agencies.size();
        } catch (RuntimeException e) {
            log.error("Dashboard recount asked for by a migration ({}) failed; it runs again at the next start, or run "
                    + "POST /api/v1/admin/dashboard/recount", reasons, e);
            return 0;
        }
    }
}
