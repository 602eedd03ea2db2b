package vn.nhiemvu.calendar;

import java.time.LocalDate;

/** What an administrator enters to record a day from a notice; checked by {@link CalendarDays#record}. */
public record NewCalendarDay(LocalDate date, DayKind kind, Occasion occasion, String reason, String sourceDocument) {
}
