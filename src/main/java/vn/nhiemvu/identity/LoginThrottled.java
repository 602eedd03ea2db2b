package vn.nhiemvu.identity;

import java.time.Duration;

import org.springframework.security.core.AuthenticationException;

import vn.nhiemvu.shared.Message;
import vn.nhiemvu.shared.Worded;

/**
 * Too many failed sign-ins for this account or from this address: the attempt was refused without
 * looking at the password. The API answers 429 with {@code Retry-After}; the login page says when.
 */
public class LoginThrottled extends AuthenticationException implements Worded {

    private final Duration retryAfter;

    public LoginThrottled(Duration retryAfter) {
        super(Message.of("login.throttled.minutes", minutes(retryAfter)).vietnamese());
        this.retryAfter = retryAfter;
    }

    @Override
    public Message words() {
        return Message.of("login.throttled.minutes", minutes());
    }

    public Duration retryAfter() {
        return retryAfter;
    }

    /** Whole minutes, rounded up, at least one. */
    public long minutes() {
        return minutes(retryAfter);
    }

    private static long minutes(Duration wait) {
        return Math.max(1, (wait.toSeconds() + 59) / 60);
    }
}
