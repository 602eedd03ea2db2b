package vn.nhiemvu.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.function.IntFunction;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.Recurrence.Frequency;

/** One parse: the folded text, the reference date and the calendar, with the questions rules ask of them. */
record PhraseScan(FoldedText folded, LocalDate reference, WorkingCalendar calendar) {

    String text() {
        return folded.folded();
    }

    /**
     * Whether folded characters [start, end) are written as one of the given accented words —
     * or the text has no accents at all, so that "nam 2020" typed without them still counts.
     */
    boolean written(int start, int end, String... accented) {
        if (!folded.accented()) {
            return true;
        }
        String original = folded.originalLower(start, end);
        for (String word : accented) {
            if (original.equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** The deadline in the reference's year, or in the next year if that one is already past; null if none exists. */
    LocalDate upcoming(IntFunction<LocalDate> inYear) {
        LocalDate thisYear = inYear.apply(reference.getYear());
        if (thisYear != null && !thisYear.isBefore(reference)) {
            return thisYear;
        }
        return inYear.apply(reference.getYear() + 1);
    }

    /** The last working day of the week starting on {@code monday}; its Sunday if it has none. */
    LocalDate lastWorkingDayOfWeek(LocalDate monday) {
        for (LocalDate day = monday.plusDays(6); !day.isBefore(monday); day = day.minusDays(1)) {
            if (calendar.isWorkingDay(day)) {
                return day;
            }
        }
        return monday.plusDays(6);
    }

    /** The first instance of the recurrence due on or after the reference. */
    LocalDate nextInstance(Recurrence r) {
        if (r.frequency() == Frequency.WEEKLY) {
            if (r.dayOfWeek() != null) {
                return reference.with(TemporalAdjusters.nextOrSame(r.dayOfWeek()));
            }
            LocalDate monday = reference.with(DayOfWeek.MONDAY);
            LocalDate due = lastWorkingDayOfWeek(monday);
            return due.isBefore(reference) ? lastWorkingDayOfWeek(monday.plusWeeks(1)) : due;
        }
        int months = r.frequency().months();
        LocalDate periodStart = LocalDate.of(reference.getYear(), (reference.getMonthValue() - 1) / months * months + 1, 1);
        for (int i = 0; ; i++) {
            LocalDate start = periodStart.plusMonths((long) i * months);
            LocalDate month = start.plusMonths((r.monthOfPeriod() == null ? months : r.monthOfPeriod()) - 1);
            LocalDate due = r.dayOfMonth() == null ? month.with(TemporalAdjusters.lastDayOfMonth())
                    : month.withDayOfMonth(Math.min(r.dayOfMonth(), month.lengthOfMonth()));
            if (!due.isBefore(reference)) {
                return due;
            }
        }
    }

    /** Whether a document number ("749/qd-ttg", "105nq-cp") stands right before this position. */
    boolean afterDocumentNumber(int position) {
        String text = text();
        int end = position;
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == ',')) {
            end--;
        }
        int start = end;
        while (start > 0 && text.charAt(start - 1) != ' ') {
            start--;
        }
        String token = text.substring(start, end);
        return token.chars().anyMatch(Character::isDigit) && token.chars().anyMatch(c -> c >= 'a' && c <= 'z')
                && (token.indexOf('/') >= 0 || token.indexOf('-') >= 0);
    }

    /** Whether a number stands right before this position ("2 tuần sau"). */
    boolean afterNumber(int position) {
        String text = text();
        int end = position;
        while (end > 0 && text.charAt(end - 1) == ' ') {
            end--;
        }
        return end > 0 && Character.isDigit(text.charAt(end - 1));
    }
}
