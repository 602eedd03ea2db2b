package vn.nhiemvu.evaluation.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * In-memory caches (ADR 0010).
 *
 * @param policyTtl how long a node may count by an evaluation policy changed on another node
 */
@Validated
@ConfigurationProperties("nhiemvu.cache")
record PolicyCacheProperties(@DefaultValue("60s") @NotNull Duration policyTtl) {
}
