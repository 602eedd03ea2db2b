package vn.nhiemvu.organization;

import java.util.Set;

/** A member of the agency's leadership (Bộ trưởng, Thứ trưởng) and the units they supervise. */
public record Leader(long id, long agencyId, String slug, String fullName, Position position, String title,
        Set<Long> supervisedUnitIds) {

    public enum Position {
        MINISTER, DEPUTY_MINISTER, OTHER
    }
}
