package vn.nhiemvu.measurement.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import jakarta.annotation.PreDestroy;
import vn.nhiemvu.area.AreaBoard;
import vn.nhiemvu.area.AreaFigures;
import vn.nhiemvu.area.ManagementAreas;
import vn.nhiemvu.area.TaskAreasAssigned;
import vn.nhiemvu.evaluation.EvaluationPolicyChanged;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.measurement.Frequency;
import vn.nhiemvu.measurement.Indicator;
import vn.nhiemvu.measurement.IndicatorStanding;
import vn.nhiemvu.measurement.IndicatorValue;
import vn.nhiemvu.measurement.ValueChannel;
import vn.nhiemvu.shared.AfterCommit;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.TaskEvent;

/**
 * Indicators computed from tasks (ADR 0051): after a task of an agency changes (or a task's areas, or the evaluation
 * policy), the agency's computed indicators of the year are recomputed in the background from the area boards (the
 * evaluator's statuses and {@link vn.nhiemvu.evaluation.Rankings}' due tasks, never re-derived here), one board per
 * recording period: as of the period's end, or today for the period under way. A value that differs from the one in
 * force is added — the first for its period, or a correction saying it was recomputed — so nothing is overwritten.
 * Recomputations run one at a time on one thread, {@link #SETTLE} after the change that asked first: an agency already
 * waiting is not queued twice, so a burst of changes (an import, a busy morning) costs one recomputation, not one
 * each.
 */
@Component
class TaskIndicators {

    static final String SYSTEM = "system";

    /** How long a first change waits for the ones that follow it before the agency is recomputed. */
    static final Duration SETTLE = Duration.ofSeconds(2);

    private static final Logger log = LoggerFactory.getLogger(TaskIndicators.class);

    private final JdbcIndicators store;
    private final ManagementAreas areas;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Set<Long> waiting = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "indicator-recompute");
        t.setDaemon(true);
        return t;
    });

    TaskIndicators(JdbcIndicators store, ManagementAreas areas, PlatformTransactionManager transactions, Clock clock) {
        this.store = store;
        this.areas = areas;
        this.transactions = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @EventListener
    void on(TaskEvent event) {
        later(event.agencyId());
    }

    @EventListener
    void on(TaskAreasAssigned event) {
        later(event.agencyId());
    }

    @EventListener
    void on(EvaluationPolicyChanged event) {
        later(event.agencyId());
    }

    /** Once the change commits, the agency's recomputation is queued, unless it is waiting already. */
    void later(long agencyId) {
        AfterCommit.run(() -> {
            if (waiting.add(agencyId)) {
                worker.schedule(() -> {
                    waiting.remove(agencyId);
                    try {
                        recompute(agencyId);
                    } catch (RuntimeException e) {
                        log.error("Indicators computed from tasks of agency {} not recomputed", agencyId, e);
                    }
                }, SETTLE.toMillis(), TimeUnit.MILLISECONDS);
            }
        });
    }

    @PreDestroy
    void stop() {
        worker.shutdownNow();
    }

    /** Recomputes the agency's computed indicators of this year and the last now; how many values were added. */
    int recompute(long agencyId) {
        LocalDate today = LocalDate.now(clock);
        Integer added = transactions.execute(tx -> {
            // Last year's too: its last period's tasks may still be completed or extended in January.
            List<Indicator> computed = new java.util.ArrayList<>(store.computed(agencyId, today.getYear() - 1));
            computed.addAll(store.computed(agencyId, today.getYear()));
            if (computed.isEmpty()) {
                return 0;
            }
            // The whole agency's tasks count, as the Office sees them; the values are the agency's, not a reader's.
            var system = new CurrentUser(0, SYSTEM, Message.of("measurement.computed.actor").vietnamese(), Role.OFFICE,
                    agencyId, null, null);
            Map<Frequency.Period, AreaBoard> boards = new HashMap<>();
            Instant now = clock.instant();
            Map<Long, List<IndicatorValue>> recorded = store.values(computed.stream().map(Indicator::id).toList(),
                    now.plusSeconds(1));
            int count = 0;
            for (Indicator indicator : computed) {
                Map<String, IndicatorValue> inForce = new LinkedHashMap<>();
                IndicatorStanding.of(indicator, recorded.getOrDefault(indicator.id(), List.of())).values()
                        .forEach(v -> inForce.put(v.periodKey(), v));
                for (Frequency.Period period : indicator.frequency().periods(indicator.periodYear())) {
                    if (period.from().isAfter(today)) {
                        break;
                    }
                    AreaBoard board = boards.computeIfAbsent(period, p -> areas.board(system, p.from(), p.to(),
                            p.to().isAfter(today) ? today : p.to(), null));
                    AreaFigures figures = board.areas().stream().filter(f -> f.area().id() == indicator.areaId())
                            .findFirst().orElse(null);
                    if (figures == null) {
                        continue;
                    }
                    BigDecimal value = indicator.metric().of(figures.due()).orElse(null);
                    IndicatorValue before = inForce.get(period.key());
                    if (value == null || before != null && before.value().compareTo(value) == 0) {
                        continue;
                    }
                    store.addValue(agencyId, indicator.id(), period.key(), period.to(), value,
                            Message.of("measurement.computed.source", figures.area().name()).vietnamese(), null,
                            before == null ? null : Message.of("measurement.computed.correction").vietnamese(),
                            SYSTEM, now, ValueChannel.COMPUTED, indicator.metric().name());
                    count++;
                }
            }
            return count;
        });
        return added == null ? 0 : added;
    }
}
