package vn.nhiemvu.round.internal;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * Proposal rounds' settings.
 *
 * @param invitationValidity how long an invitation link of a focal person can be used after it is issued (ADR 0045)
 */
@Validated
@ConfigurationProperties("nhiemvu.round")
record RoundProperties(@DefaultValue("7d") @NotNull @DurationMin(minutes = 10) Duration invitationValidity) {
}
