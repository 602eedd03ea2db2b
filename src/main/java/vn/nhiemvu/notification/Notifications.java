package vn.nhiemvu.notification;

import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/** The notification module's API: a person's notices and choices, and the agency's webhooks. */
public interface Notifications {

    /**
     * Newest first.
     *
     * @param unreadOnly only those still waiting: unread and not settled
     */
    List<InAppNotice> inApp(CurrentUser user, boolean unreadOnly, int limit);

    /** How many are still waiting: unread and not settled. */
    long unreadCount(CurrentUser user);

    /** Marks the person's notice read and answers where it leads (the task and the step). */
    String open(CurrentUser user, long id);

    void markRead(CurrentUser user, long id);

    void markAllRead(CurrentUser user);

    NotificationPreferences preferences(CurrentUser user);

    NotificationPreferences updatePreferences(CurrentUser user, NotificationPreferences preferences);

    List<WebhookEndpoint> webhooks(CurrentUser user);

    /** The Office or an administrator registers a receiver of the agency's notices. */
    WebhookEndpoint addWebhook(CurrentUser user, String url, String secret);

    void removeWebhook(CurrentUser user, long id);
}
