package vn.nhiemvu.federation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.TreeSet;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.junit.jupiter.api.Test;

class SequencingTests {

    @ParameterizedTest(name = "last applied {0}, arrives {1}: {2}")
    @CsvSource({ "0, 1, NEXT", "0, 2, EARLY", "3, 4, NEXT", "3, 3, STALE", "3, 1, STALE", "3, 9, EARLY" })
    void anArrivalIsNextEarlyOrStale(long last, long sequence, Sequencing.Arrival expected) {
        assertThat(Sequencing.arrival(last, sequence)).isEqualTo(expected);
    }

    @Test
    void theMissingOneReleasesThoseWaitingUpToTheNextGap() {
        var waiting = new TreeSet<>(java.util.List.of(2L, 3L, 5L));
        assertThat(Sequencing.applicable(0, waiting)).as("1 has not come").isEmpty();
        waiting.add(1L);
        assertThat(Sequencing.applicable(0, waiting)).containsExactly(1L, 2L, 3L);
        assertThat(Sequencing.applicable(3, waiting)).as("4 missing").isEmpty();
        waiting.add(4L);
        assertThat(Sequencing.applicable(3, waiting)).containsExactly(4L, 5L);
    }

    @ParameterizedTest(name = "after {0} failures: {1} s")
    @CsvSource({ "0, 0", "1, 2", "2, 4", "3, 8", "8, 256", "9, 512", "10, 600", "50, 600" })
    void retriesBackOffDoublingUpToTheLongestWait(int failures, long seconds) {
        assertThat(Backoff.after(failures, Duration.ofSeconds(2), Duration.ofMinutes(10)))
                .isEqualTo(Duration.ofSeconds(seconds));
    }
}
