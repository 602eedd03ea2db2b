package vn.nhiemvu.federation.internal;

import java.time.Clock;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.nimbusds.jose.jwk.OctetKeyPair;

/**
 * This installation's Ed25519 signing key: made on the first start, rotated by the administrator; the public keys in
 * use and recently retired are published as a JWK set at {@code /.well-known/nhiemvu/keys}.
 */
@Component
class KeyRing {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);

    private final JdbcKeys keys;
    private final FederationProperties properties;
    private final Clock clock;

    KeyRing(JdbcKeys keys, FederationProperties properties, Clock clock) {
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Transactional
    public void ensureKey() {
        if (keys.current().isEmpty()) {
            OctetKeyPair key = Keys.generate();
            keys.add(key, clock.instant());
            log.info("Federation signing key {} generated", key.getKeyID());
        }
    }

    @Transactional
    public OctetKeyPair current() {
        return keys.current().orElseGet(() -> {
            ensureKey();
            return keys.current().orElseThrow();
        });
    }

    /** A new key signs from now on; the old one stays published for {@code retired-keys-shown}. */
    @Transactional
    public OctetKeyPair rotate() {
        Instant now = clock.instant();
        keys.retireAll(now);
        OctetKeyPair key = Keys.generate();
        keys.add(key, now);
        log.info("Federation signing key rotated to {}", key.getKeyID());
        return key;
    }

    String publishedSet() {
        return Keys.publicSet(keys.published(clock.instant().minus(properties.retiredKeysShown())));
    }
}
