package vn.nhiemvu.dashboard.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.nhiemvu.evaluation.Evaluations;

/**
 * Applies the increments the changes recorded to the aggregates (ADR 0020), one fold at a time per agency (its folder
 * lock): on a short schedule, so that the table of increments stays small, and before every read of the dashboard, so
 * that a read sees every change committed before it. A fold takes the committed increments only and deletes exactly
 * those; increments committed meanwhile are the next fold's.
 */
@Component
class Folder {

    private final JdbcAggregates store;
    private final JdbcIncrements increments;
    private final AggregateLocks locks;
    private final Evaluations evaluations;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Folder(JdbcAggregates store, JdbcIncrements increments, AggregateLocks locks, Evaluations evaluations, Clock clock,
            PlatformTransactionManager transactions) {
        this.store = store;
        this.increments = increments;
        this.locks = locks;
        this.evaluations = evaluations;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Folds the agency's committed increments, in the caller's transaction or one of its own. Nothing pending (read
     * without the lock): nothing to wait for, as a fold under way commits its rows with the deletion of its increments.
     */
    void fold(long agencyId) {
        if (!increments.hasPending(agencyId)) {
            return;
        }
        transaction.executeWithoutResult(s -> {
            locks.lockFolder(agencyId);
            applyPending(agencyId);
        });
    }

    /** Applies and deletes the committed increments; the caller holds the agency's folder lock. */
    void applyPending(long agencyId) {
        JdbcIncrements.Pending pending = increments.pending(agencyId);
        if (pending.idRanges().isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        store.apply(agencyId, pending.deltas(), today,
                evaluations.evaluator(agencyId).dueSoonUntil(today));
        increments.forget(agencyId, pending.idRanges());
    }

    @Scheduled(fixedDelayString = "${nhiemvu.dashboard.fold-every:1s}")
    void foldAll() {
        increments.agenciesWithPending().forEach(this::fold);
    }
}
