package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Deletes refused messages older than {@code refused-kept-for}, hourly: they are there for an administrator to see
 * why a peer's messages fail, and a peer misconfigured for weeks (or a stranger posting) must not fill the database.
 */
@Component
class RejectsSweep {

    private static final Logger log = LoggerFactory.getLogger(RejectsSweep.class);
    private static final Duration EVERY = Duration.ofHours(1);

    private final JdbcRejects rejects;
    private final FederationProperties properties;
    private final TaskScheduler scheduler;
    private final Clock clock;
    private ScheduledFuture<?> schedule;

    RejectsSweep(JdbcRejects rejects, FederationProperties properties, TaskScheduler scheduler, Clock clock) {
        this.rejects = rejects;
        this.properties = properties;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void start() {
        schedule = scheduler.scheduleWithFixedDelay(() -> sweep(clock.instant()), EVERY);
    }

    @EventListener(ContextClosedEvent.class)
    public void stop() {
        if (schedule != null) {
            schedule.cancel(false);
        }
    }

    /** Deletes those received before {@code now} less the time kept; answers how many. */
    int sweep(Instant now) {
        try {
            int deleted = rejects.deleteBefore(now.minus(properties.refusedKeptFor()));
            if (deleted > 0) {
                log.info("Federation: {} refused message(s) older than {} deleted", deleted,
                        properties.refusedKeptFor());
            }
            return deleted;
        } catch (RuntimeException e) {
            log.warn("Federation refused messages not swept: {}", e.toString());
            return 0;
        }
    }
}
