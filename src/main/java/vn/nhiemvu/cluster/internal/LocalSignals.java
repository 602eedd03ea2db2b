package vn.nhiemvu.cluster.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.shared.AfterCommit;

/** Signals within this node only: all there is on H2, which serves one node. */
class LocalSignals implements ClusterSignals {

    private static final Logger log = LoggerFactory.getLogger(LocalSignals.class);

    private record Subscriber(Consumer<String> received, Runnable missed) {
    }

    private final Map<String, List<Subscriber>> subscribers = new ConcurrentHashMap<>();

    @Override
    public void publish(String channel, String payload) {
        check(channel, payload);
        AfterCommit.run(() -> deliver(channel, payload));
    }

    @Override
    public void publishWithCommit(String channel, String payload) {
        publish(channel, payload);
    }

    @Override
    public void subscribe(String channel, Consumer<String> received, Runnable missed) {
        subscribers.computeIfAbsent(channel, c -> new CopyOnWriteArrayList<>()).add(new Subscriber(received, missed));
    }

    static void check(String channel, String payload) {
        if (channel == null || !channel.matches("[a-z][a-z.-]{0,60}")) {
            throw new IllegalArgumentException("not a channel name: " + channel);
        }
        if (payload == null || payload.indexOf('\n') >= 0
                || payload.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload missing, with a line break, or over " + MAX_PAYLOAD + " bytes");
        }
    }

    /** One subscriber's failure is logged and does not keep the signal from the others. */
    final void deliver(String channel, String payload) {
        for (Subscriber s : subscribers.getOrDefault(channel, List.of())) {
            try {
                s.received().accept(payload);
            } catch (RuntimeException e) {
                log.warn("Subscriber of cluster signal {} failed on {}", channel, payload, e);
            }
        }
    }

    final void missedAll() {
        subscribers.forEach((channel, list) -> list.forEach(s -> {
            try {
                s.missed().run();
            } catch (RuntimeException e) {
                log.warn("Subscriber of cluster signal {} failed on a missed signal", channel, e);
            }
        }));
    }
}
