package vn.nhiemvu.web;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Idempotency-Key answers ({@link IdempotencyFilter}); expired ones are purged every
 * {@code nhiemvu.idempotency.purge-every}.
 *
 * @param retention how long an {@code Idempotency-Key} answer is replayed for the same key
 */
@Validated
@ConfigurationProperties("nhiemvu.idempotency")
record IdempotencyProperties(@DefaultValue("24h") @NotNull Duration retention) {
}
