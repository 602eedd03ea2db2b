package vn.nhiemvu.notification;

import java.util.Set;

import vn.nhiemvu.monitoring.NoticeRule;

/**
 * What a person wants to receive and how.
 *
 * @param email      where e-mails go (null: no e-mail)
 * @param inApp      notices in the application (the inbox and the notices page)
 * @param byEmail    notices by e-mail too
 * @param mutedRules the kinds of notice the person does not want (all others are sent)
 */
public record NotificationPreferences(String email, boolean inApp, boolean byEmail, Set<NoticeRule> mutedRules) {

    public NotificationPreferences {
        mutedRules = mutedRules == null ? Set.of() : Set.copyOf(mutedRules);
        email = email == null || email.isBlank() ? null : email.strip();
    }

    public static NotificationPreferences defaults() {
        return new NotificationPreferences(null, true, true, Set.of());
    }

    public boolean wants(NoticeRule rule) {
        return !mutedRules.contains(rule);
    }
}
