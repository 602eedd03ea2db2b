package vn.nhiemvu.people;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * The period of a person's sheet under Nghị định 335: a calendar month ({@code 2026-11}) or a calendar quarter
 * ({@code 2026-Q4} = 01/10 to 31/12, as {@code reporting.RatingQuarter}).
 */
public record SheetPeriod(String key, LocalDate from, LocalDate to) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");

    /** {@code 2026-11} or {@code 2026-Q4}; anything else is a 400 on {@code period} saying the forms. */
    public static SheetPeriod parse(String key) {
        String k = key == null ? "" : key.strip().toUpperCase();
        Matcher q = QUARTER.matcher(k);
        Matcher m = MONTH.matcher(k);
        if (q.matches() && year(q.group(1))) {
            LocalDate from = LocalDate.of(Integer.parseInt(q.group(1)), Integer.parseInt(q.group(2)) * 3 - 2, 1);
            return new SheetPeriod(k, from, from.plusMonths(3).minusDays(1));
        }
        if (m.matches() && year(m.group(1)) && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
            YearMonth month = YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new SheetPeriod(k, month.atDay(1), month.atEndOfMonth());
        }
        throw InvalidInputException.of("period",
                Message.of("invalid.people.period.form", key == null ? "" : key));
    }

    /** The quarter of a day: the default period. */
    public static SheetPeriod quarterOf(LocalDate day) {
        return parse(day.getYear() + "-Q" + ((day.getMonthValue() + 2) / 3));
    }

    public boolean quarterly() {
        return key.contains("Q");
    }

    private static boolean year(String y) {
        int year = Integer.parseInt(y);
        return year >= 1946 && year <= 2199;
    }
}
