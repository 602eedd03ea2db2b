package vn.nhiemvu.notification.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.modulith.events.FailedEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs again the work after a commit whose listener failed (ADR 0032): its publication stays FAILED in the event
 * registry ({@code event_publication}, this module's table) until a run succeeds. One node does it at a time; the
 * registry also republishes what is outstanding at start.
 */
@Component
class FailedPublications {

    private final FailedEventPublications failed;

    FailedPublications(FailedEventPublications failed) {
        this.failed = failed;
    }

    @Scheduled(fixedDelayString = "${nhiemvu.events.resubmit-failed-every}",
            initialDelayString = "${nhiemvu.events.resubmit-failed-every}")
    @SchedulerLock(name = "failed-event-publications", lockAtMostFor = "PT30M")
    void resubmit() {
        failed.resubmit(ResubmissionOptions.defaults());
    }
}
