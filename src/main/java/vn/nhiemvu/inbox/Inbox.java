package vn.nhiemvu.inbox;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;

import vn.nhiemvu.identity.CurrentUser;

/**
 * Gathers what waits for a person from every {@link InboxSource}, oldest first; a notice about a piece of work that
 * waits for the person shows once, as the work.
 */
@Service
public class Inbox {

    private final List<InboxSource> sources;

    Inbox(List<InboxSource> sources) {
        this.sources = sources;
    }

    public List<InboxItem> of(CurrentUser user) {
        if (user.respondent()) {
            // The sources read the ministry's work; an outside agency's focal person has none of it (ADR 0035).
            return List.of();
        }
        var work = new ArrayList<InboxItem>();
        var notices = new ArrayList<InboxItem>();
        sources.forEach(s -> (s.announces() ? notices : work).addAll(s.waitingFor(user)));
        Set<String> pages = work.stream().map(InboxItem::about).collect(Collectors.toSet());
        notices.removeIf(n -> pages.contains(n.about()));
        work.addAll(notices);
        work.sort(Comparator.comparing(InboxItem::since).thenComparing(InboxItem::title));
        return work;
    }
}
