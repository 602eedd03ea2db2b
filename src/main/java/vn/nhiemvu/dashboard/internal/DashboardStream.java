package vn.nhiemvu.dashboard.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.TaskEvent;

/**
 * Open dashboards, per agency, told by server-sent events when a task changed (after the change
 * commits), so that they fetch their counts again. The event carries no task: each page then reads
 * only its own scope. Pages connected to every application node hear it, through a cluster signal (ADR 0019).
 */
@Component
public class DashboardStream {

    static final Duration TIMEOUT = Duration.ofMinutes(30);
    private static final String CHANNEL = "dashboard.task-changed";

    private final Map<Long, Set<SseEmitter>> open = new ConcurrentHashMap<>();
    private final ClusterSignals signals;

    DashboardStream(ClusterSignals signals) {
        this.signals = signals;
        signals.subscribe(CHANNEL, agency -> tell(Long.parseLong(agency)), () -> open.keySet().forEach(this::tell));
    }

    public SseEmitter open(CurrentUser user) {
        var emitter = new SseEmitter(TIMEOUT.toMillis());
        Set<SseEmitter> agency = open.computeIfAbsent(user.agencyId(), k -> ConcurrentHashMap.newKeySet());
        agency.add(emitter);
        emitter.onCompletion(() -> agency.remove(emitter));
        emitter.onTimeout(() -> agency.remove(emitter));
        emitter.onError(e -> agency.remove(emitter));
        send(agency, emitter, "ready");
        return emitter;
    }

    /** A signal, not a record: it waits for the commit but not in the event publication registry. */
    @EventListener
    void changed(TaskEvent event) {
        signals.publish(CHANNEL, Long.toString(event.agencyId()));
    }

    private void tell(long agencyId) {
        Set<SseEmitter> agency = open.getOrDefault(agencyId, Set.of());
        agency.forEach(emitter -> send(agency, emitter, "task-changed"));
    }

    private static void send(Set<SseEmitter> agency, SseEmitter emitter, String name) {
        try {
            emitter.send(SseEmitter.event().name(name).data(name));
        } catch (IOException | IllegalStateException gone) {
            agency.remove(emitter);
        }
    }

    /** An open stream is a request in flight: left open, it would hold the graceful shutdown for its whole timeout. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        open.values().forEach(set -> set.forEach(SseEmitter::complete));
        open.clear();
    }
}
