package vn.nhiemvu.shared;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people here write and read them: day/month/year ("15/01/2027"), whatever the browser's
 * language. The pages' date fields are read by {@link #parse}, which also takes ISO
 * ("2027-01-15") because links and older clients send it; the JSON API keeps ISO.
 */
public final class Dates {

    /** dd/MM/yyyy. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})");
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private Dates() {
    }

    /** "15/01/2027"; empty for null (as {@link DisplayDates#date}, the one display rule). */
    public static String format(LocalDate date) {
        return DisplayDates.date(date);
    }

    /**
     * The date typed into a field: dd/mm/yyyy (d/m/yyyy, with "/", "." or "-") or yyyy-mm-dd.
     *
     * @throws InputRules.Refused in Vietnamese, naming what is wrong: not a date, a day that does not
     *                            exist (31/02/2027), or a year outside what the register tracks
     */
    public static LocalDate parse(String text) {
        String typed = text.strip();
        Matcher dmy = DAY_MONTH_YEAR.matcher(typed);
        Matcher iso = ISO.matcher(typed);
        int day;
        int month;
        int year;
        if (dmy.matches()) {
            day = Integer.parseInt(dmy.group(1));
            month = Integer.parseInt(dmy.group(2));
            year = Integer.parseInt(dmy.group(3));
        } else if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else {
            throw new InputRules.Refused(Message.of("invalid.date.form", typed));
        }
        try {
            return InputRules.checkDate(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            throw new InputRules.Refused(Message.of("invalid.date.none", "%02d/%02d/%04d".formatted(day, month, year)));
        }
    }
}
