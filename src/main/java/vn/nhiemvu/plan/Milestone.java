package vn.nhiemvu.plan;

import java.time.LocalDate;

/** A milestone of a plan version: what is delivered by when; done once the lead unit records it. */
public record Milestone(Long id, String title, LocalDate dueDate, String expectedProduct, LocalDate completedOn,
        String completedBy) {

    public static Milestone of(String title, LocalDate dueDate, String expectedProduct) {
        return new Milestone(null, title, dueDate, expectedProduct, null, null);
    }
}
