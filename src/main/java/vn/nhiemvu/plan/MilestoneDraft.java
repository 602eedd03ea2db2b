package vn.nhiemvu.plan;

import java.time.LocalDate;

/** A milestone as the lead unit writes it. */
public record MilestoneDraft(String title, LocalDate dueDate, String expectedProduct) {
}
