package vn.nhiemvu.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Remembers, for a few minutes, that a password matched a stored hash, so that a script calling
 * the API with HTTP Basic does not pay a bcrypt verification on every request. Only successful
 * matches are remembered, under an HMAC (with a key that lives only in this process) of the
 * password together with the stored hash: a changed password has another hash, so the entry no
 * longer applies. Encoding new passwords is delegated unchanged.
 */
final class VerifiedPasswordCache implements PasswordEncoder {

    private static final int MAX_ENTRIES = 10_000;

    private final PasswordEncoder delegate;
    private final Duration ttl;
    private final Clock clock;
    private final byte[] key = new byte[32];
    private final Map<String, Long> verifiedUntil = new ConcurrentHashMap<>();

    VerifiedPasswordCache(PasswordEncoder delegate, Duration ttl, Clock clock) {
        this.delegate = delegate;
        this.ttl = ttl;
        this.clock = clock;
        new SecureRandom().nextBytes(key);
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String entry = hmac(rawPassword + "\u0000" + encodedPassword);
        long now = clock.millis();
        Long until = verifiedUntil.get(entry);
        if (until != null && until > now) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            if (verifiedUntil.size() >= MAX_ENTRIES) {
                verifiedUntil.entrySet().removeIf(e -> e.getValue() <= now);
                if (verifiedUntil.size() >= MAX_ENTRIES) {
                    verifiedUntil.clear();
                }
            }
            verifiedUntil.put(entry, now + ttl.toMillis());
        }
        return matches;
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private String hmac(String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
