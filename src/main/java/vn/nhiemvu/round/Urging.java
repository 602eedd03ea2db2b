package vn.nhiemvu.round;

import java.time.LocalDate;
import java.util.List;

/**
 * What one "urge the late ones" did: the agencies without an answer urged now, and those already urged that day (a
 * second click on the same day urges no one twice).
 */
public record Urging(long roundId, LocalDate urgedOn, List<Long> urged, List<Long> alreadyUrged) {

    public Urging {
        urged = List.copyOf(urged);
        alreadyUrged = List.copyOf(alreadyUrged);
    }
}
