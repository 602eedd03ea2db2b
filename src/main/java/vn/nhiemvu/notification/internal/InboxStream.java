package vn.nhiemvu.notification.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import vn.nhiemvu.cluster.ClusterSignals;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.Inbox;

/**
 * The live count in the page header: each open page holds a server-sent-events stream, and a new notice pushes the
 * person's inbox count to their streams on every node, through a cluster signal (a page reconnects when its stream
 * times out).
 */
@Component
public class InboxStream {

    private static final long TIMEOUT_MS = 10 * 60 * 1000L;
    private static final String CHANNEL = "notification.inbox-changed";

    private final Map<String, List<SseEmitter>> streams = new ConcurrentHashMap<>();
    private final ObjectProvider<Inbox> inbox;
    private final Accounts accounts;
    private final ClusterSignals signals;

    /** The inbox is looked up when used: it gathers this module's notices, so it is built after this stream. */
    InboxStream(ObjectProvider<Inbox> inbox, Accounts accounts, ClusterSignals signals) {
        this.inbox = inbox;
        this.accounts = accounts;
        this.signals = signals;
        signals.subscribe(CHANNEL, this::push, this::pushAll);
    }

    public SseEmitter open(CurrentUser user) {
        var emitter = new SseEmitter(TIMEOUT_MS);
        List<SseEmitter> own = streams.computeIfAbsent(user.username(), k -> new CopyOnWriteArrayList<>());
        own.add(emitter);
        Runnable remove = () -> own.remove(emitter);
        emitter.onCompletion(remove);
        emitter.onTimeout(remove);
        emitter.onError(e -> remove.run());
        send(emitter, inbox.getObject().of(user).size());
        return emitter;
    }

    /** The person's inbox changed: once the transaction commits, every node sends the count to their open pages. */
    void changed(String username) {
        signals.publish(CHANNEL, username);
    }

    /** Only where the person has a page open: most signals are for people connected to another node. */
    private void push(String username) {
        List<SseEmitter> own = streams.get(username);
        if (own == null || own.isEmpty()) {
            return;
        }
        accounts.find(username).ifPresent(user -> {
            int count = inbox.getObject().of(user).size();
            own.forEach(emitter -> send(emitter, count));
        });
    }

    private void pushAll() {
        streams.keySet().forEach(this::push);
    }

    private static void send(SseEmitter emitter, int count) {
        try {
            emitter.send(SseEmitter.event().name("inbox-count").data(count));
        } catch (IOException | IllegalStateException e) {
            // The page went away; its completion callback removes the stream.
            emitter.completeWithError(e);
        }
    }

    /** An open stream is a request in flight: left open, it would hold the graceful shutdown for its whole timeout. */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        streams.values().forEach(list -> list.forEach(SseEmitter::complete));
        streams.clear();
    }
}
