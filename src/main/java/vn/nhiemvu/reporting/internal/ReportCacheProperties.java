package vn.nhiemvu.reporting.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * In-memory caches (ADR 0010).
 *
 * @param reportTtl how long a computed report may be served again without recomputing it
 */
@Validated
@ConfigurationProperties("nhiemvu.cache")
record ReportCacheProperties(@DefaultValue("60s") @NotNull Duration reportTtl) {
}
