package vn.nhiemvu.inbox;

import java.util.Comparator;
import java.util.List;

import org.springframework.stereotype.Service;

import vn.nhiemvu.identity.CurrentUser;

/** Gathers what waits for a person from every {@link InboxSource}, oldest first. */
@Service
public class Inbox {

    private final List<InboxSource> sources;

    Inbox(List<InboxSource> sources) {
        this.sources = sources;
    }

    public List<InboxItem> of(CurrentUser user) {
        return sources.stream().flatMap(s -> s.waitingFor(user).stream())
                .sorted(Comparator.comparing(InboxItem::since).thenComparing(InboxItem::title)).toList();
    }
}
