package vn.nhiemvu.identity.internal;

import java.time.Duration;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import vn.nhiemvu.identity.LoginThrottled;

/**
 * Failed sign-ins allowed per account and per remote address, as Bucket4j token buckets: each
 * failure takes a token, tokens come back evenly over the period, and an empty bucket refuses
 * further attempts before the password is even checked. A success refills the account's bucket.
 * Buckets live in this node's memory (a bounded Caffeine cache): with N nodes an attacker gets at
 * most N times the allowance, which still turns an online guess of a password into years.
 */
@Component
class LoginThrottle {

    private final Cache<String, Bucket> accounts;
    private final Cache<String, Bucket> addresses;
    private final Bandwidth perAccount;
    private final Bandwidth perAddress;
    private final TimeMeter time;

    @Autowired
    LoginThrottle(LoginThrottleProperties settings) {
        this(settings.accountFailures(), settings.accountPeriod(), settings.addressFailures(), settings.addressPeriod(),
                settings.maxTracked(), TimeMeter.SYSTEM_MILLISECONDS);
    }

    LoginThrottle(int accountFailures, Duration accountPeriod, int addressFailures, Duration addressPeriod,
            long maxTracked, TimeMeter time) {
        this.perAccount = Bandwidth.builder().capacity(accountFailures).refillGreedy(accountFailures, accountPeriod)
                .build();
        this.perAddress = Bandwidth.builder().capacity(addressFailures).refillGreedy(addressFailures, addressPeriod)
                .build();
        this.time = time;
        // A bucket untouched for a whole period is full again, so forgetting it loses nothing.
        this.accounts = Caffeine.newBuilder().maximumSize(maxTracked).expireAfterAccess(accountPeriod).build();
        this.addresses = Caffeine.newBuilder().maximumSize(maxTracked).expireAfterAccess(addressPeriod).build();
    }

    /** Refuses the attempt if the account or the address has no failure left. */
    void check(String username, String address) {
        long wait = Math.max(waitNanos(accounts.getIfPresent(key(username))),
                address == null ? 0 : waitNanos(addresses.getIfPresent(address)));
        if (wait > 0) {
            throw new LoginThrottled(Duration.ofNanos(wait));
        }
    }

    void failed(String username, String address) {
        accounts.get(key(username), k -> bucket(perAccount)).tryConsume(1);
        if (address != null) {
            addresses.get(address, k -> bucket(perAddress)).tryConsume(1);
        }
    }

    void succeeded(String username) {
        accounts.invalidate(key(username));
    }

    private static long waitNanos(Bucket bucket) {
        return bucket == null ? 0 : bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill();
    }

    private Bucket bucket(Bandwidth limit) {
        return Bucket.builder().addLimit(limit).withCustomTimePrecision(time).build();
    }

    private static String key(String username) {
        return username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
    }
}
