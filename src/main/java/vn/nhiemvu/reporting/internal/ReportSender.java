package vn.nhiemvu.reporting.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import vn.nhiemvu.reporting.ReportDelivery;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.Message;

/**
 * Posts the electronic report (JSON) to the configured endpoint of the Government reporting system. The transport is
 * configuration (DOMAIN §7: QCVN 125's serialisation is not confirmed): URL, bearer token, attempts, pause. A 2xx
 * answer is the receipt; a 5xx, 408, 429 or no answer is retried; any other 4xx is final (the report itself is wrong).
 */
@Component
class ReportSender {

    private static final Logger log = LoggerFactory.getLogger(ReportSender.class);
    private static final int MAX_RECEIPT = 100_000;

    private final String url;
    private final String token;
    private final int maxAttempts;
    private final Duration backoff;
    private final Duration timeout;
    private final Clock clock;
    private final HttpClient http;

    ReportSender(ReportingProperties settings, Clock clock) {
        var endpoint = settings.endpoint();
        this.url = endpoint.url() == null ? "" : endpoint.url().strip();
        this.token = endpoint.token() == null ? "" : endpoint.token().strip();
        this.maxAttempts = endpoint.maxAttempts();
        this.backoff = endpoint.backoff();
        this.timeout = endpoint.timeout();
        this.clock = clock;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    boolean configured() {
        return !url.isEmpty();
    }

    /** Sends until accepted or out of attempts; the outcome (not yet stored) says which. */
    ReportDelivery send(String json, String sentBy, long snapshotId) {
        if (!configured()) {
            throw new ConflictException(ConflictException.Kind.STATE, Message.of("conflict.reporting.endpoint.unset"));
        }
        Instant started = clock.instant();
        Integer status = null;
        String error = null;
        int attempt = 0;
        while (attempt < maxAttempts) {
            attempt++;
            try {
                var request = HttpRequest.newBuilder(URI.create(url)).timeout(timeout)
                        .header("Content-Type", "application/json; charset=utf-8")
                        .header("Idempotency-Key", "report-snapshot-" + snapshotId)
                        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
                if (!token.isEmpty()) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> response = http.send(request.build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                status = response.statusCode();
                if (status / 100 == 2) {
                    String body = response.body();
                    return new ReportDelivery(0, snapshotId, url, ReportDelivery.State.DELIVERED, attempt, status,
                            body.length() > MAX_RECEIPT ? body.substring(0, MAX_RECEIPT) : body, null, sentBy, started,
                            clock.instant());
                }
                error = "Hệ thống nhận trả lời mã " + status + ".";
                if (status / 100 == 4 && status != 408 && status != 429) {
                    break;
                }
            } catch (IOException e) {
                status = null;
                error = "Không kết nối được hệ thống nhận: " + e.getMessage();
            } catch (IllegalArgumentException e) {
                error = "Địa chỉ nhận báo cáo không hợp lệ: " + url;
                break;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "Việc gửi bị dừng.";
                break;
            }
            log.warn("Sending report snapshot {} to {}: attempt {} of {} failed: {}", snapshotId, url, attempt,
                    maxAttempts, error);
            if (attempt < maxAttempts && !pause(attempt)) {
                break;
            }
        }
        return new ReportDelivery(0, snapshotId, url, ReportDelivery.State.FAILED, attempt, status, null,
                error + " Đã thử " + attempt + " lần.", sentBy, started, clock.instant());
    }

    /** Waits backoff × attempt (linear: a receiving system that is down for a minute is waited for, not hammered). */
    private boolean pause(int attempt) {
        try {
            Thread.sleep(backoff.multipliedBy(attempt).toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
