package vn.nhiemvu.organization.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * In-memory caches (ADR 0010).
 *
 * @param organizationTtl how long a node may serve units and leaders changed on another node
 */
@Validated
@ConfigurationProperties("nhiemvu.cache")
record OrganizationCacheProperties(@DefaultValue("60s") @NotNull Duration organizationTtl) {
}
