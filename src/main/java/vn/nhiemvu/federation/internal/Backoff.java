package vn.nhiemvu.federation.internal;

import java.time.Duration;

/** Exponential back-off: the first wait after one failure, doubled with each further one, never above the longest. */
final class Backoff {

    private Backoff() {
    }

    static Duration after(int failures, Duration first, Duration longest) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        Duration wait = first;
        for (int i = 1; i < failures && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }
}
