package vn.nhiemvu.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A day that is not ordinary: a holiday, a day off, a compensatory day or a working weekend day.
 *
 * @param reason   what it is, in Vietnamese (e.g. "Tết Nguyên đán")
 * @param source   the announcing document's number (e.g. "8726/VPCP-KGVX (26/11/2024)"), or the
 *                 law the statutory proposal follows
 * @param official true when recorded from an official notice or fixed by the law itself; false
 *                 for the statutory proposal of a year without a notice (chưa có thông báo chính thức)
 */
public record CalendarDay(LocalDate date, DayKind kind, Occasion occasion, String reason, String source,
        boolean official) {

    public CalendarDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(occasion, "occasion");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(source, "source");
    }

    /** Whether the day falls on Saturday or Sunday, the weekly rest days of the civil service. */
    public boolean weekend() {
        DayOfWeek day = date.getDayOfWeek();
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    /** Whether people work on this day. */
    public boolean working() {
        return kind.working();
    }
}
