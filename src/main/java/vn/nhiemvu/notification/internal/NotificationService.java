package vn.nhiemvu.notification.internal;

import java.net.URI;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.inbox.InboxItem;
import vn.nhiemvu.inbox.InboxSource;
import vn.nhiemvu.notification.InAppNotice;
import vn.nhiemvu.notification.NotificationPreferences;
import vn.nhiemvu.notification.Notifications;
import vn.nhiemvu.notification.WebhookEndpoint;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;
import vn.nhiemvu.shared.Message;

/** A person's notices and choices; the agency's webhooks. Unread notices wait in the person's inbox. */
@Service
@Transactional(readOnly = true)
class NotificationService implements Notifications, InboxSource {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");

    private final JdbcNotifications store;
    private final InboxStream stream;
    private final java.time.Clock clock;

    private final WebhookAddressPolicy addresses;

    NotificationService(JdbcNotifications store, InboxStream stream, java.time.Clock clock,
            WebhookAddressPolicy addresses) {
        this.store = store;
        this.stream = stream;
        this.clock = clock;
        this.addresses = addresses;
    }

    @Override
    public List<InAppNotice> inApp(CurrentUser user, boolean unreadOnly, int limit) {
        if (limit < 1 || limit > 500) {
            throw InvalidInputException.of("limit", Message.of("invalid.monitoring.limit.range"));
        }
        return store.inApp(user.id(), unreadOnly, limit);
    }

    @Override
    public long unreadCount(CurrentUser user) {
        return store.unread(user.id());
    }

    @Override
    @Transactional
    public void markRead(CurrentUser user, long id) {
        if (!store.markRead(user.id(), id)) {
            throw new NotFoundException(Message.of("notfound.notification.notification.unknown", id));
        }
        stream.changed(user.username());
    }

    @Override
    @Transactional
    public String open(CurrentUser user, long id) {
        String link = store.link(user.id(), id).orElseThrow(() -> new NotFoundException(
                Message.of("notfound.notification.notification.unknown", id)));
        markRead(user, id);
        return link;
    }

    @Override
    @Transactional
    public void markAllRead(CurrentUser user) {
        store.markAllRead(user.id());
        stream.changed(user.username());
    }

    @Override
    public NotificationPreferences preferences(CurrentUser user) {
        return store.preferences(user.id()).orElse(NotificationPreferences.defaults());
    }

    @Override
    @Transactional
    public NotificationPreferences updatePreferences(CurrentUser user, NotificationPreferences preferences) {
        if (preferences == null) {
            throw InvalidInputException.of("preferences", Message.of("invalid.notification.preferences.required"));
        }
        if (preferences.email() != null && (preferences.email().length() > 254 || !EMAIL.matcher(preferences.email()).matches())) {
            throw InvalidInputException.of("email", Message.of("invalid.notification.email.invalid"));
        }
        store.savePreferences(user.id(), preferences);
        return preferences(user);
    }

    @Override
    public List<WebhookEndpoint> webhooks(CurrentUser user) {
        requireManager(user);
        return store.endpoints(user.agencyId());
    }

    @Override
    @Transactional
    public WebhookEndpoint addWebhook(CurrentUser user, String url, String secret) {
        requireManager(user);
        var errors = new InvalidInputException.Collector();
        if (url == null || url.length() > 1000 || !validUrl(url.strip())) {
            errors.add("url", Message.of("invalid.notification.url.invalid"));
        } else {
            Message refusal = addresses.refusal(URI.create(url.strip()), null);
            if (refusal != null) {
                errors.add("url", refusal);
            }
        }
        if (secret == null || secret.length() < 16 || secret.length() > 200) {
            errors.add("secret", Message.of("invalid.notification.secret.invalid"));
        }
        errors.throwIfAny();
        long id = store.insertEndpoint(user.agencyId(), url.strip(), secret, user.username());
        return store.endpoints(user.agencyId()).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
    }

    @Override
    @Transactional
    public void removeWebhook(CurrentUser user, long id) {
        requireManager(user);
        if (!store.deleteEndpoint(user.agencyId(), id)) {
            throw new NotFoundException(Message.of("notfound.notification.webhook.unknown", id));
        }
    }

    private static boolean validUrl(String url) {
        try {
            URI uri = URI.create(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void requireManager(CurrentUser user) {
        if (!user.managesAgency()) {
            throw new ForbiddenException(Message.of("forbidden.notification.webhook.office-only"));
        }
    }

    /** Unread notices not settled; opening one marks it read and leads to the task and the step it is about. */
    @Override
    public List<InboxItem> waitingFor(CurrentUser user) {
        return store.inApp(user.id(), true, 500).stream()
                .map(n -> new InboxItem(Message.of("inbox.kind.notice", Message.of(n.rule().code())), n.title(), "/notifications/" + n.id() + "/open",
                        n.createdAt().atZone(clock.getZone()).toLocalDate(), n.link()))
                .toList();
    }

    @Override
    public boolean announces() {
        return true;
    }
}
