package vn.nhiemvu.people;

import java.time.LocalDate;

/**
 * A person's sheet for a period as of a date ({@link SheetRules#sheet}), with the rules it was computed by, so that a
 * reader sees the formula and its thresholds next to the points.
 */
public record PersonSheet(Person person, LocalDate asOf, SheetRules rules, SheetRules.Sheet sheet) {
}
