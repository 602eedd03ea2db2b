package vn.nhiemvu.identity.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * Failed sign-ins (login form and HTTP Basic) allowed per account and per remote address, refilled evenly over the
 * period; counted in each node's memory (ADR 0017).
 *
 * @param accountFailures wrong passwords allowed per account; then refused, even with the right one, one more attempt
 *                        coming back every period ÷ failures; a success clears the count
 * @param accountPeriod   the period over which an account's allowance refills
 * @param addressFailures the same per remote address, whatever the account (behind a proxy: the client's address)
 * @param addressPeriod   the period over which an address's allowance refills
 * @param maxTracked      accounts and addresses remembered at once; counts are in each node's memory, so N nodes
 *                        allow N times as many
 */
@Validated
@ConfigurationProperties("nhiemvu.login.throttle")
record LoginThrottleProperties(@DefaultValue("5") @Positive int accountFailures,
        @DefaultValue("15m") @NotNull Duration accountPeriod, @DefaultValue("20") @Positive int addressFailures,
        @DefaultValue("1m") @NotNull Duration addressPeriod, @DefaultValue("100000") @Positive long maxTracked) {
}
