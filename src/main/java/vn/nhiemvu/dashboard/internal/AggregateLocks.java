package vn.nhiemvu.dashboard.internal;

import java.util.ArrayList;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The locks of an agency's aggregates (ADR 0020), rows of {@code dashboard_lock} taken {@code for update} until the
 * transaction ends: slot 0 is the folder (one fold, move of the pivots or recount at a time), slots 1 to
 * {@link #GATES} are the gates (a change holds the one its task falls on, a recount all of them), so that concurrent
 * changes of one agency do not queue behind one row.
 */
@Repository
class AggregateLocks {

    /** Gates per agency: a change holds one (chosen by its task), a recount all of them. */
    static final int GATES = 64;

    private static final int FOLDER_SLOT = 0;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final TransactionTemplate savepoint;

    AggregateLocks(JdbcClient jdbc, JdbcTemplate batch, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** Takes the agency's folder lock until the transaction ends: one fold, move of the pivots or recount at a time. */
    void lockFolder(long agencyId) {
        lock(agencyId, FOLDER_SLOT, FOLDER_SLOT);
    }

    /** Takes one of the agency's gates (1 to {@link #GATES}) until the transaction ends. */
    void lockGate(long agencyId, int gate) {
        lock(agencyId, gate, gate);
    }

    /** Takes the folder lock and every gate, in order: no change of the agency records increments meanwhile. */
    void lockAll(long agencyId) {
        lock(agencyId, FOLDER_SLOT, GATES);
    }

    private void lock(long agencyId, int from, int to) {
        if (lockSlots(agencyId, from, to) < to - from + 1) {
            try {
                savepoint.executeWithoutResult(s -> {
                    var rows = new ArrayList<Object[]>();
                    for (int slot = FOLDER_SLOT; slot <= GATES; slot++) {
                        rows.add(new Object[] { agencyId, slot });
                    }
                    batch.batchUpdate("insert into dashboard_lock (agency_id, slot) values (?, ?)", rows);
                });
            } catch (DuplicateKeyException raced) {
                // Made by a concurrent transaction meanwhile, which has committed them.
            }
            lockSlots(agencyId, from, to);
        }
    }

    private int lockSlots(long agencyId, int from, int to) {
        return jdbc.sql("""
                select slot from dashboard_lock where agency_id = :agency and slot >= :from and slot <= :to
                order by slot for update""")
                .param("agency", agencyId).param("from", from).param("to", to).query(Integer.class).list().size();
    }
}
