package vn.nhiemvu.reporting;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A reporting period and its data window (thời gian chốt số liệu), both ends inclusive, by Nghị định 09/2019/NĐ-CP
 * Điều 12: monthly 15 of M−1 → 14 of M; quarterly 15 of the month before the quarter → 14 of its last month; first
 * half 15/12 of Y−1 → 14/6; second half 15/6 → 14/12; annual 15/12 of Y−1 → 14/12; the 9-month report (provincial
 * practice) 15/12 of Y−1 → 14/9. A report is evaluated as of 23:59:59 of the cut-off day ({@link #to()}).
 *
 * @param key  {@code 2020-M11}, {@code 2020-Q3}, {@code 2020-H1}, {@code 2020-9M}, {@code 2020-Y}, or
 *             {@code 2020-06-15_2020-09-14} for a custom range
 */
public record ReportingPeriod(String key, Kind kind, int year, int number, LocalDate from, LocalDate to) {

    /** The zone of the cut-off: the working day of Viet Nam. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    /** Longest custom range: beyond it a report is a history, not a period. */
    public static final long MAX_CUSTOM_DAYS = 3 * 366;

    private static final Pattern KEY = Pattern.compile("(\\d{4})-(?:M(\\d{1,2})|Q([1-4])|H([12])|(9M)|(Y))");
    private static final String[] ROMAN = { "I", "II", "III", "IV" };

    public enum Kind {
        MONTHLY("Báo cáo tháng"), QUARTERLY("Báo cáo quý"), HALF_YEAR("Báo cáo 6 tháng"),
        NINE_MONTHS("Báo cáo 9 tháng"), ANNUAL("Báo cáo năm"), CUSTOM("Báo cáo theo khoảng thời gian");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public ReportingPeriod {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("period ends before it starts");
        }
    }

    /**
     * The period a key names; an unknown key, or a 9-month key where the agency does not use them, is bad input.
     */
    public static ReportingPeriod parse(String key, boolean nineMonthsEnabled) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches()) {
            throw InvalidInputException.of("key", Message.of("invalid.reporting.key.invalid", key));
        }
        int year = Integer.parseInt(m.group(1));
        if (year < 1946 || year > 2199) {
            throw InvalidInputException.of("key", Message.of("invalid.reporting.key.year"));
        }
        if (m.group(2) != null) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw InvalidInputException.of("key", Message.of("invalid.reporting.key.month"));
            }
            return monthly(year, month);
        }
        if (m.group(3) != null) {
            return quarterly(year, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return half(year, Integer.parseInt(m.group(4)));
        }
        if (m.group(5) != null) {
            if (!nineMonthsEnabled) {
                throw InvalidInputException.of("key", Message.of("invalid.reporting.key.nine-months"));
            }
            return nineMonths(year);
        }
        return annual(year);
    }

    public static ReportingPeriod monthly(int year, int month) {
        LocalDate to = LocalDate.of(year, month, 14);
        return new ReportingPeriod(year + "-M" + month, Kind.MONTHLY, year, month, to.minusMonths(1).plusDays(1), to);
    }

    public static ReportingPeriod quarterly(int year, int quarter) {
        LocalDate to = LocalDate.of(year, quarter * 3, 14);
        return new ReportingPeriod(year + "-Q" + quarter, Kind.QUARTERLY, year, quarter, to.minusMonths(3).plusDays(1), to);
    }

    public static ReportingPeriod half(int year, int half) {
        LocalDate to = LocalDate.of(year, half * 6, 14);
        return new ReportingPeriod(year + "-H" + half, Kind.HALF_YEAR, year, half, to.minusMonths(6).plusDays(1), to);
    }

    public static ReportingPeriod nineMonths(int year) {
        return new ReportingPeriod(year + "-9M", Kind.NINE_MONTHS, year, 9, LocalDate.of(year - 1, 12, 15),
                LocalDate.of(year, 9, 14));
    }

    public static ReportingPeriod annual(int year) {
        return new ReportingPeriod(year + "-Y", Kind.ANNUAL, year, 12, LocalDate.of(year - 1, 12, 15),
                LocalDate.of(year, 12, 14));
    }

    /** Any range, both ends inclusive, at most {@link #MAX_CUSTOM_DAYS} days. */
    public static ReportingPeriod custom(LocalDate from, LocalDate to) {
        var errors = new InvalidInputException.Collector();
        if (from == null) {
            errors.add("from", Message.of("invalid.reporting.from.required"));
        }
        if (to == null) {
            errors.add("to", Message.of("invalid.reporting.to.required"));
        }
        errors.throwIfAny();
        if (to.isBefore(from)) {
            errors.add("to", Message.of("invalid.reporting.to.invalid"));
        } else if (ChronoUnit.DAYS.between(from, to) + 1 > MAX_CUSTOM_DAYS) {
            errors.add("to", Message.of("invalid.reporting.to.too-long", MAX_CUSTOM_DAYS));
        }
        if (from.getYear() < 1946 || to.getYear() > 2199) {
            errors.add("from", Message.of("invalid.reporting.from.range"));
        }
        errors.throwIfAny();
        return new ReportingPeriod(from + "_" + to, Kind.CUSTOM, to.getYear(), 0, from, to);
    }

    /** The period before, for the comparison: the previous month, quarter, half, year; a custom range of the same length. */
    public ReportingPeriod previous() {
        return switch (kind) {
            case MONTHLY -> number == 1 ? monthly(year - 1, 12) : monthly(year, number - 1);
            case QUARTERLY -> number == 1 ? quarterly(year - 1, 4) : quarterly(year, number - 1);
            case HALF_YEAR -> number == 1 ? half(year - 1, 2) : half(year, 1);
            case NINE_MONTHS -> nineMonths(year - 1);
            case ANNUAL -> annual(year - 1);
            case CUSTOM -> custom(from.minusDays(ChronoUnit.DAYS.between(from, to) + 1), from.minusDays(1));
        };
    }

    /** The moment the figures are taken: 23:59:59 of the cut-off day, Viet Nam time. */
    public OffsetDateTime evaluatedAt() {
        return to.atTime(LocalTime.of(23, 59, 59)).atZone(ZONE).toOffsetDateTime();
    }

    /** "Quý III năm 2020", "Tháng 11 năm 2020", "6 tháng đầu năm 2020", "Từ 15/06/2020 đến 14/09/2020". */
    public String label() {
        return message().vietnamese();
    }

    /** {@link #label()} as words for a page in the reader's language (ADR 0033); the year is written as is. */
    public Message message() {
        String y = String.valueOf(year);
        return switch (kind) {
            case MONTHLY -> Message.of("period.MONTHLY", number, y);
            case QUARTERLY -> Message.of("period.QUARTERLY", ROMAN[number - 1], y);
            case HALF_YEAR -> Message.of(number == 1 ? "period.HALF_YEAR.first" : "period.HALF_YEAR.second", y);
            case NINE_MONTHS -> Message.of("period.NINE_MONTHS", y);
            case ANNUAL -> Message.of("period.ANNUAL", y);
            case CUSTOM -> Message.of("period.CUSTOM", day(from), day(to));
        };
    }

    /** "15/06/2020 – 14/09/2020". */
    public String range() {
        return day(from) + " – " + day(to);
    }

    static String day(LocalDate date) {
        return String.format("%02d/%02d/%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }
}
