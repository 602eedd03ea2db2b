package vn.nhiemvu.notification;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/** The notification module's API: a person's notices and choices, and the agency's webhooks. */
public interface Notifications {

    /** Newest first. */
    List<InAppNotice> inApp(CurrentUser user, boolean unreadOnly, int limit);

    long unreadCount(CurrentUser user);

    void markRead(CurrentUser user, long id);

    void markAllRead(CurrentUser user);

    NotificationPreferences preferences(CurrentUser user);

    NotificationPreferences updatePreferences(CurrentUser user, NotificationPreferences preferences);

    List<WebhookEndpoint> webhooks(CurrentUser user);

    /** The Office or an administrator registers a receiver of the agency's notices. */
    WebhookEndpoint addWebhook(CurrentUser user, String url, String secret);

    void removeWebhook(CurrentUser user, long id);
}
