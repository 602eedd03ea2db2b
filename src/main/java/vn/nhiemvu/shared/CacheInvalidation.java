package vn.nhiemvu.shared;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Drops a cache now, so that the writing transaction reads its own change, and again when that
 * transaction ends, so that a value another thread loaded before the commit (or a rolled-back
 * change) does not stay. See ADR 0010.
 */
public final class CacheInvalidation {

    private CacheInvalidation() {
    }

    public static void nowAndAfterCompletion(Runnable invalidate) {
        invalidate.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    invalidate.run();
                }
            });
        }
    }
}
