package vn.nhiemvu.audit.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import vn.nhiemvu.audit.AuditIntegrity;
import vn.nhiemvu.audit.AuditVerification;

/**
 * Checkpoints on a schedule ({@code nhiemvu.audit.checkpoint-interval}) and verification on another
 * ({@code nhiemvu.audit.verification-cron}), each under a ShedLock lock (the monitoring sweep's lock provider) so
 * that one node does it. A verification that finds problems is logged at ERROR and shown by the gauge
 * {@code nhiemvu.audit.problems} (−1 until this node has verified once).
 */
@Service
class AuditIntegrityService implements AuditIntegrity {

    private static final Logger log = LoggerFactory.getLogger(AuditIntegrityService.class);

    private final Checkpoints checkpoints;
    private final Verifier verifier;
    private final LockingTaskExecutor locks;
    private final AtomicReference<AuditVerification> latest = new AtomicReference<>();

    AuditIntegrityService(Checkpoints checkpoints, Verifier verifier, LockProvider lockProvider,
            MeterRegistry meters) {
        this.checkpoints = checkpoints;
        this.verifier = verifier;
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        Gauge.builder("nhiemvu.audit.problems", latest, l -> l.get() == null ? -1 : l.get().problemCount())
                .description("Problems the latest audit verification found").register(meters);
    }

    @Override
    public Optional<AuditVerification> latest() {
        return Optional.ofNullable(latest.get());
    }

    @Override
    public AuditVerification verifyNow() {
        AuditVerification result = verifier.run();
        latest.set(result);
        if (result.intact()) {
            log.info("Audit verified: {} streams, {} entries, {} states, checkpoint {}: intact", result.streams(),
                    result.entries(), result.statesCompared(), result.checkpoint());
        } else {
            log.error("Audit verification found {} problems in {} streams and {} states; the first: {}",
                    result.problemCount(), result.streams(), result.statesCompared(), result.problems().get(0));
        }
        return result;
    }

    @Override
    public long checkpointNow() {
        var result = locked("audit-checkpoint", Duration.ofMinutes(30), checkpoints::write);
        return result.wasExecuted() ? result.getResult()
                : Optional.ofNullable(checkpoints.read().latest()).map(Checkpoints.Checkpoint::no).orElse(0L);
    }

    @Scheduled(fixedDelayString = "${nhiemvu.audit.checkpoint-interval}",
            initialDelayString = "${nhiemvu.audit.checkpoint-interval}")
    void scheduledCheckpoint() {
        checkpointNow();
    }

    @Scheduled(cron = "${nhiemvu.audit.verification-cron}", zone = "Asia/Ho_Chi_Minh")
    void scheduledVerification() {
        locked("audit-verification", Duration.ofHours(2), this::verifyNow);
    }

    <T> LockingTaskExecutor.TaskResult<T> locked(String name, Duration atMost,
            LockingTaskExecutor.TaskWithResult<T> task) {
        try {
            return locks.executeWithLock(task, new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO));
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
