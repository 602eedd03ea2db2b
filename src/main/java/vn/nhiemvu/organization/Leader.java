package vn.nhiemvu.organization;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

/** A member of the agency's leadership (Bộ trưởng, Thứ trưởng) and the units they supervise. */
public record Leader(long id, long agencyId, String slug, String fullName, Position position, String title,
        Set<Long> supervisedUnitIds) {

    /** The units in order of id, so that the API answers the same list each time (a {@code Set.of} has no order). */
    public Leader {
        supervisedUnitIds = Collections.unmodifiableSortedSet(new TreeSet<>(supervisedUnitIds));
    }

    public enum Position {
        MINISTER, DEPUTY_MINISTER, OTHER
    }
}
