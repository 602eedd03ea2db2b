package vn.nhiemvu.measurement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often an indicator is measured within its year: each measurement belongs to a recording period, named by a key
 * ({@code 2026-03}, {@code 2026-Q1}, {@code 2026}) and judged at its last day.
 */
public enum Frequency {
    MONTHLY,
    QUARTERLY,
    YEARLY;

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** A recording period: its key and its first and last days. */
    public record Period(String key, LocalDate from, LocalDate to) {
    }

    /** The recording periods of the year, in order. */
    public List<Period> periods(int year) {
        var result = new ArrayList<Period>();
        switch (this) {
            case MONTHLY -> {
                for (int m = 1; m <= 12; m++) {
                    YearMonth ym = YearMonth.of(year, m);
                    result.add(new Period(ym.toString(), ym.atDay(1), ym.atEndOfMonth()));
                }
            }
            case QUARTERLY -> {
                for (int q = 1; q <= 4; q++) {
                    YearMonth first = YearMonth.of(year, q * 3 - 2);
                    result.add(new Period(year + "-Q" + q, first.atDay(1), first.plusMonths(2).atEndOfMonth()));
                }
            }
            case YEARLY -> result.add(new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
        }
        return result;
    }

    /** The period of the year with the key as written ({@code 2026-3} is not a month: two digits), if any. */
    public Optional<Period> period(int year, String key) {
        if (key == null) {
            return Optional.empty();
        }
        String k = key.strip().toUpperCase();
        Matcher m = switch (this) {
            case MONTHLY -> MONTH.matcher(k);
            case QUARTERLY -> QUARTER.matcher(k);
            case YEARLY -> YEAR.matcher(k);
        };
        if (!m.matches()) {
            return Optional.empty();
        }
        return periods(year).stream().filter(p -> p.key().equals(k)).findFirst();
    }

    public String code() {
        return "measurement.frequency." + name();
    }
}
