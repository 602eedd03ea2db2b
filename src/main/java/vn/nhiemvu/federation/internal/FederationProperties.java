package vn.nhiemvu.federation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Connected agencies (ADR 0042).
 *
 * @param agencyCode       this installation's agency code in messages (the sender, the receiver they must name); empty:
 *                         the code of the home agency in the organisation directory
 * @param peersFile        a JSON file of peers applied at start, an array of objects with agencyCode, name, baseUrl
 *                         and optionally publicKeys (a JWK set as text), each added or replaced by agency code; empty:
 *                         peers are set through the API only
 * @param clockSkew        a message whose {@code sentAt} is further than this from the receiver's clock is refused
 * @param sendEvery        how often the outbox is looked at for messages due (besides right after each change that
 *                         wrote a message)
 * @param sendWorkers      how many requests are posted at once (each task's messages still one after the other, in
 *                         order)
 * @param batchSize        at most this many messages to one peer in one signed request (1: each alone); a peer that
 *                         refuses a batch as a whole (an older version) is sent one message per request for a while
 * @param firstRetry       the wait after the first failed attempt; each further failure doubles it
 * @param longestRetry     the longest wait between two attempts
 * @param timeout          connecting to and hearing back from a peer
 * @param retiredKeysShown how long a rotated-out key stays published, so that messages signed just before the rotation
 *                         still verify
 * @param silentAfter      a peer with tasks open that was not heard from for longer than this is shown with a warning
 *                         (Chỉ thị 75 asks for reports monthly; a week without any message is worth a look)
 * @param refusedKeptFor   refused messages (shown on the operations page with why) are deleted once older than this
 */
@Validated
@ConfigurationProperties("nhiemvu.federation")
record FederationProperties(@DefaultValue("") String agencyCode, @DefaultValue("") String peersFile,
        @DefaultValue("5m") @NotNull Duration clockSkew, @DefaultValue("2s") @NotNull Duration sendEvery,
        @DefaultValue("4") @Min(1) @Max(64) int sendWorkers, @DefaultValue("100") @Min(1) @Max(500) int batchSize,
        @DefaultValue("2s") @NotNull Duration firstRetry, @DefaultValue("10m") @NotNull Duration longestRetry,
        @DefaultValue("10s") @NotNull Duration timeout, @DefaultValue("30d") @NotNull Duration retiredKeysShown,
        @DefaultValue("7d") @NotNull Duration silentAfter, @DefaultValue("90d") @NotNull Duration refusedKeptFor) {

    /** The wait before attempt {@code attempts + 1}, after {@code attempts} failures: doubling, capped. */
    Duration retryAfter(int attempts) {
        return Backoff.after(attempts, firstRetry, longestRetry);
    }
}
