package vn.nhiemvu.notification.internal;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.nhiemvu.shared.Message;

/**
 * Posts queued notices to the agencies' webhooks, signed with HMAC-SHA256 of the body under the endpoint's secret
 * ({@code X-NhiemVu-Signature: sha256=<hex>}). A failure is retried after base × 2^(attempts − 1), up to the maximum
 * number of attempts; each attempt first claims the row, so two nodes do not post the same delivery at once.
 */
@Component
class WebhookDeliverer {

    static final String SIGNATURE_HEADER = "X-NhiemVu-Signature";
    private static final Logger log = LoggerFactory.getLogger(WebhookDeliverer.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private final JdbcNotifications store;
    private final Clock clock;
    private final Duration base;
    private final int maxAttempts;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    private final WebhookAddressPolicy addresses;

    WebhookDeliverer(JdbcNotifications store, Clock clock, WebhookAddressPolicy addresses,
            NotificationProperties settings) {
        this.store = store;
        this.clock = clock;
        this.addresses = addresses;
        this.base = settings.webhook().retryBase();
        this.maxAttempts = settings.webhook().maxAttempts();
    }

    @Scheduled(fixedDelayString = "${nhiemvu.notification.webhook.poll}")
    @SchedulerLock(name = "webhook-deliveries", lockAtMostFor = "PT5M")
    void scheduled() {
        deliverDue();
    }

    /** @return how many deliveries succeeded in this pass */
    int deliverDue() {
        int delivered = 0;
        Instant now = clock.instant();
        for (JdbcNotifications.Due due : store.dueWebhooks(now, 100)) {
            if (!store.claim(due, now.plus(TIMEOUT.multipliedBy(3)))) {
                continue;
            }
            delivered += attempt(due) ? 1 : 0;
        }
        return delivered;
    }

    private boolean attempt(JdbcNotifications.Due due) {
        String error;
        Integer status = null;
        try {
            URI url = URI.create(due.url());
            Message refusal = addresses.refusal(url, Message.of("webhook.host.unknown", url.getHost()));
            if (refusal != null) {
                throw new IllegalStateException(refusal.vietnamese());
            }
            var request = HttpRequest.newBuilder(url).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(SIGNATURE_HEADER, "sha256=" + sign(due.secret(), due.body()))
                    .header("X-NhiemVu-Delivery", Long.toString(due.id()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.body(), StandardCharsets.UTF_8)).build();
            HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            if (status / 100 == 2) {
                store.delivered(due.id(), status, clock.instant());
                return true;
            }
            error = "HTTP " + status;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = e.toString();
        } catch (Exception e) {
            error = e.toString();
        }
        int attempts = due.attempts() + 1;
        Instant next = attempts >= maxAttempts ? null : clock.instant().plus(backoff(base, attempts));
        log.info("Webhook delivery {} failed (attempt {}): {}; next {}", due.id(), attempts, error, next);
        store.failed(due.id(), status, error, next);
        return false;
    }

    /** The wait after the n-th failed attempt: base, 2 × base, 4 × base… at most six hours. */
    static Duration backoff(Duration base, int attempts) {
        Duration wait = base.multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
