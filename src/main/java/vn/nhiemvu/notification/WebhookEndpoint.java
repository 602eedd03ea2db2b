package vn.nhiemvu.notification;

import java.time.Instant;

/** A receiver of the agency's notices; the secret signs each body and is never shown again. */
public record WebhookEndpoint(long id, String url, boolean enabled, Instant createdAt, String createdBy) {
}
