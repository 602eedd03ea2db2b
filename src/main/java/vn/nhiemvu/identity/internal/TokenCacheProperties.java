package vn.nhiemvu.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * In-memory caches (ADR 0010).
 *
 * @param tokenTtl how long a node may still accept an API token revoked on another node
 */
@Validated
@ConfigurationProperties("nhiemvu.cache")
record TokenCacheProperties(@DefaultValue("10s") @NotNull Duration tokenTtl) {
}
