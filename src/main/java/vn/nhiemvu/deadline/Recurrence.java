package vn.nhiemvu.deadline;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Objects;

import vn.nhiemvu.shared.Message;

/**
 * How often a recurring obligation falls due, and on which day of its period when the text says.
 * "trước ngày 15 hằng tháng" is MONTHLY on day 15; "ngày 08 của tháng cuối quý" is QUARTERLY on
 * day 8 of the period's third month; "ngày 27 tháng 11 hằng năm" is YEARLY on day 27 of month 11;
 * "thứ Sáu hằng tuần" is WEEKLY on Friday. Without a day, an instance is due at the end of its
 * period (for a week: its last working day).
 *
 * @param dayOfMonth    the day within the month, or null for the period's last day
 * @param monthOfPeriod the month within the period, 1-based (1–3 for a quarter, 1–6 for a half
 *                      year, 1–12 for a year), or null for the period's last month
 * @param dayOfWeek     for WEEKLY only: the weekday, or null for the week's last working day
 */
public record Recurrence(Frequency frequency, Integer dayOfMonth, Integer monthOfPeriod, DayOfWeek dayOfWeek) {

    public enum Frequency {
        WEEKLY(0), MONTHLY(1), QUARTERLY(3), HALF_YEARLY(6), YEARLY(12);

        private final int months;

        Frequency(int months) {
            this.months = months;
        }

        /** The length of a period in months (0 for a week). */
        public int months() {
            return months;
        }
    }

    public Recurrence {
        Objects.requireNonNull(frequency, "frequency");
        if (frequency == Frequency.WEEKLY) {
            if (dayOfMonth != null || monthOfPeriod != null) {
                throw new IllegalArgumentException("a weekly recurrence has a weekday, not a day of month");
            }
        } else {
            if (dayOfWeek != null) {
                throw new IllegalArgumentException("only a weekly recurrence has a weekday");
            }
            if (monthOfPeriod != null && (monthOfPeriod < 1 || monthOfPeriod > frequency.months())) {
                throw new IllegalArgumentException("month " + monthOfPeriod + " is not in a " + frequency + " period");
            }
            if (dayOfMonth != null && (dayOfMonth < 1 || dayOfMonth > maxDay(frequency, monthOfPeriod))) {
                throw new IllegalArgumentException("day " + dayOfMonth + " is not in that month");
            }
        }
    }

    public static Recurrence every(Frequency frequency) {
        return new Recurrence(frequency, null, null, null);
    }

    /** For a yearly recurrence the month of the period is the month of the year, so 30/2 never exists. */
    private static int maxDay(Frequency frequency, Integer monthOfPeriod) {
        return frequency == Frequency.YEARLY && monthOfPeriod != null ? Month.of(monthOfPeriod).maxLength() : 31;
    }

    /** In words, as the task page shows it: "hằng tháng, ngày 15", "hằng tuần, thứ Sáu" (ADR 0033). */
    public Message message() {
        Recurrence r = this;
        var every = Message.of("recurrence." + r.frequency().name());
        if (r.dayOfWeek() != null) {
            return Message.of("recurrence.on-weekday", every, Message.of("weekday." + r.dayOfWeek().getValue()));
        }
        if (r.dayOfMonth() == null) {
            return every;
        }
        return switch (r.frequency()) {
            case YEARLY -> Message.of("recurrence.yearly.on", every, r.dayOfMonth(), r.monthOfPeriod());
            case MONTHLY -> Message.of("recurrence.monthly.on", every, r.dayOfMonth());
            default -> Message.of(r.frequency() == Frequency.QUARTERLY ? "recurrence.quarterly.on" : "recurrence.half-yearly.on",
                    every, r.dayOfMonth(), r.monthOfPeriod() == null ? r.frequency().months() : r.monthOfPeriod());
        };
    }

    /** {@link #message()} in Vietnamese, for the API and files. */
    public String label() {
        return message().vietnamese();
    }
}
