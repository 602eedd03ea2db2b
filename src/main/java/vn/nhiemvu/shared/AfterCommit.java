package vn.nhiemvu.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs something once the current transaction commits (never if it rolls back), or at once outside a transaction.
 * For effects that need no record of their own: unlike a {@code @TransactionalEventListener}, nothing goes through
 * Spring Modulith's event publication registry (a row written and updated twice per listener and event).
 */
public final class AfterCommit {

    private AfterCommit() {
    }

    public static void run(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
