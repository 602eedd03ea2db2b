package vn.nhiemvu.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.password.PasswordEncoder;

class VerifiedPasswordCacheTests {

    /** Counts verifications; "hash:x" matches the password "x". */
    private static final class CountingEncoder implements PasswordEncoder {
        final AtomicInteger verifications = new AtomicInteger();

        @Override
        public String encode(CharSequence raw) {
            return "hash:" + raw;
        }

        @Override
        public boolean matches(CharSequence raw, String encoded) {
            verifications.incrementAndGet();
            return encoded.equals("hash:" + raw);
        }
    }

    private final CountingEncoder slow = new CountingEncoder();
    private final MutableClock clock = new MutableClock();
    private final VerifiedPasswordCache cache = new VerifiedPasswordCache(slow, Duration.ofMinutes(5), clock);

    @Test
    void aVerifiedPasswordIsNotVerifiedAgainUntilItExpires() {
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(slow.verifications).hasValue(1);
        clock.advance(Duration.ofMinutes(6));
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(slow.verifications).hasValue(2);
    }

    @Test
    void wrongPasswordsAreAlwaysVerifiedAndNeverRemembered() {
        assertThat(cache.matches("wrong", "hash:secret")).isFalse();
        assertThat(cache.matches("wrong", "hash:secret")).isFalse();
        assertThat(slow.verifications).hasValue(2);
    }

    @Test
    void aChangedPasswordHashNoLongerMatchesTheRememberedOne() {
        assertThat(cache.matches("secret", "hash:secret")).isTrue();
        assertThat(cache.matches("secret", "hash:other")).isFalse();
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2026-01-01T00:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
