package vn.nhiemvu.people;

import java.time.LocalDate;

/** Who carried out a task from a day until another (excluded; null: still), and who chose them. */
public record Performer(long userId, String username, String displayName, LocalDate from, LocalDate until,
        String assignedBy) {
}
