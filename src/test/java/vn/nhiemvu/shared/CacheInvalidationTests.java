package vn.nhiemvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

class CacheInvalidationTests {

    private final AtomicInteger invalidations = new AtomicInteger();

    @AfterEach
    void clear() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.clearSynchronization();
        }
    }

    @Test
    void outsideATransactionTheCacheIsDroppedOnce() {
        CacheInvalidation.nowAndAfterCompletion(invalidations::incrementAndGet);
        assertThat(invalidations).hasValue(1);
    }

    @Test
    void insideATransactionItIsDroppedNowAndAgainWhenTheTransactionEndsEvenByRollback() {
        TransactionSynchronizationManager.initSynchronization();
        CacheInvalidation.nowAndAfterCompletion(invalidations::incrementAndGet);
        assertThat(invalidations).hasValue(1);
        TransactionSynchronizationManager.getSynchronizations()
                .forEach(s -> s.afterCompletion(TransactionSynchronization.STATUS_ROLLED_BACK));
        assertThat(invalidations).hasValue(2);
    }
}
