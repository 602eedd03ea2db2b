package vn.nhiemvu.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A calendar quarter (Q4 = 01/10 to 31/12), the period of a unit's rating under Quy định 366 and of a civil servant's
 * under Nghị định 335 — not the reporting periods' data windows (15th to 14th, {@link ReportingPeriod}).
 */
public record RatingQuarter(int year, int quarter) {

    private static final Pattern KEY = Pattern.compile("(\\d{4})-Q([1-4])");

    public RatingQuarter {
        if (year < 1946 || year > 2199 || quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("no such quarter: " + year + "-Q" + quarter);
        }
    }

    /** {@code 2026-Q4}; anything else is bad input with the form to use. */
    public static RatingQuarter parse(String key) {
        Matcher m = key == null ? null : KEY.matcher(key.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(1)) < 1946 || Integer.parseInt(m.group(1)) > 2199) {
            throw InvalidInputException.of("quarter", Message.of("invalid.reporting.quarter.invalid", key));
        }
        return new RatingQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    public static RatingQuarter of(LocalDate date) {
        return new RatingQuarter(date.getYear(), (date.getMonthValue() + 2) / 3);
    }

    public LocalDate from() {
        return LocalDate.of(year, quarter * 3 - 2, 1);
    }

    public LocalDate to() {
        return from().plusMonths(3).minusDays(1);
    }

    public String key() {
        return year + "-Q" + quarter;
    }
}
