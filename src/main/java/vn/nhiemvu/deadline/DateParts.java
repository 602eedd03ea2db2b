package vn.nhiemvu.deadline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;

/** A day and month, with the year when the text gives one, as a date matcher found them. */
record DateParts(boolean ngay, int day, int month, Integer year, boolean slashOrWords) {

    /** Reads the groups of {@code DeadlinePatterns.anyDate} with prefix {@code g}. */
    static DateParts read(Matcher m, String g) {
        if (m.group("iy" + g) != null) {
            return new DateParts(false, Integer.parseInt(m.group("id" + g)), Integer.parseInt(m.group("im" + g)),
                    Integer.valueOf(m.group("iy" + g)), true);
        }
        String form = m.group("d" + g + "l") != null ? g + "l" : g + "n";
        String y = m.group("y" + form) != null ? m.group("y" + form) : m.group("yn" + form);
        boolean words = form.endsWith("l") || m.group("sl" + form) != null;
        return new DateParts(m.group("ngay" + form) != null, Integer.parseInt(m.group("d" + form)),
                Integer.parseInt(m.group("m" + form)), y == null ? null : Integer.valueOf(y), words);
    }

    /** This day in the given year, or null if there is no such day (31/2) or the year is implausible. */
    LocalDate in(int inYear) {
        if (!DeadlineRules.plausible(inYear)) {
            return null;
        }
        try {
            return LocalDate.of(inYear, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** As a starting point: its own year, else the given one. */
    LocalDate inOrNull(int defaultYear) {
        return in(year != null ? year : defaultYear);
    }
}
