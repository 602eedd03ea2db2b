package vn.nhiemvu.federation.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;

/**
 * Messages about one task are applied in their sequence: 1, 2, 3… A message after a gap waits until the missing one
 * arrives; one at or below the last applied was applied already (a duplicate under a new id is ignored).
 */
final class Sequencing {

    private Sequencing() {
    }

    enum Arrival {
        /** The next one: apply it, then any waiting ones that follow without a gap. */
        NEXT,
        /** After a gap: keep it waiting. */
        EARLY,
        /** At or below the last applied: nothing to do. */
        STALE
    }

    static Arrival arrival(long lastApplied, long sequence) {
        if (sequence <= lastApplied) {
            return Arrival.STALE;
        }
        return sequence == lastApplied + 1 ? Arrival.NEXT : Arrival.EARLY;
    }

    /**
     * Of the waiting sequence numbers (the one just arrived among them), those that can be applied now, in order:
     * from {@code lastApplied + 1} up to the first gap.
     */
    static List<Long> applicable(long lastApplied, SortedSet<Long> waiting) {
        List<Long> run = new ArrayList<>();
        long next = lastApplied + 1;
        for (long s : waiting.tailSet(next)) {
            if (s != next) {
                break;
            }
            run.add(s);
            next++;
        }
        return run;
    }
}
