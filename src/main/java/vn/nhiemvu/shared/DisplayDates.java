package vn.nhiemvu.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Dates and times as people read them, the one place that says how: "01/10/2020" and "14:05 01/10/2020", in
 * Vietnam's time zone. Messages, history lines and pages (through the templates' {@code #display}) all use it;
 * ISO dates stay for the API, files and logs.
 */
public final class DisplayDates {

    /** Where the people who read the dates are. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private DisplayDates() {
    }

    /** "01/10/2020"; an empty string for none. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "01/10/2020 14:05" in Vietnam's time; an empty string for none. */
    public static String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZONE));
    }

    /** The date or the time of any temporal a page holds (a local date-time is taken as Vietnam's). */
    public static String of(TemporalAccessor value, boolean withTime) {
        if (value == null) {
            return "";
        }
        ZonedDateTime zoned;
        if (value instanceof LocalDate d) {
            return DATE.format(d);
        } else if (value instanceof LocalDateTime t) {
            zoned = t.atZone(ZONE);
        } else if (value instanceof OffsetDateTime t) {
            zoned = t.atZoneSameInstant(ZONE);
        } else if (value instanceof ZonedDateTime t) {
            zoned = t.withZoneSameInstant(ZONE);
        } else if (value instanceof Instant i) {
            zoned = i.atZone(ZONE);
        } else {
            throw new IllegalArgumentException("Not a date: " + value);
        }
        return (withTime ? DATE_TIME : DATE).format(zoned);
    }
}
