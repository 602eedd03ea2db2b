package vn.nhiemvu.deadline;

import static vn.nhiemvu.deadline.DeadlinePatterns.*;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.deadline.Recurrence.Frequency;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * The rules of {@link DeadlinePhraseParser}, each a pattern of {@link DeadlinePatterns} and a reader that turns its
 * match into a {@link PhraseCandidate}: a date, a month, a quarter, a half, a year, a period, a relative deadline, a
 * week, a recurrence or an ongoing duty.
 */
final class DeadlineRules {

    /** Every rule, each proposing candidates from its pattern's matches. */
    static final List<Rule> RULES = List.of(
            new Rule(EXACT, DeadlineRules::exact),
            new Rule(MONTH, DeadlineRules::month),
            new Rule(MONTH_WORD, DeadlineRules::monthWord),
            new Rule(QUARTER, DeadlineRules::quarter),
            new Rule(QUARTER_WORD, DeadlineRules::quarterWord),
            new Rule(HALF, DeadlineRules::half),
            new Rule(MID_YEAR, DeadlineRules::midYear),
            new Rule(YEAR, DeadlineRules::year),
            new Rule(YEAR_WORD, DeadlineRules::yearWord),
            new Rule(PERIOD, DeadlineRules::period),
            new Rule(RELATIVE, DeadlineRules::relative),
            new Rule(WEEK, DeadlineRules::week),
            new Rule(MONTHLY_DAY, DeadlineRules::monthlyDay),
            new Rule(QUARTERLY_DAY, DeadlineRules::quarterlyDay),
            new Rule(YEARLY_DAY, DeadlineRules::yearlyDay),
            new Rule(WEEKLY_DAY, DeadlineRules::weeklyDay),
            new Rule(EVERY, DeadlineRules::every),
            new Rule(HALF_YEARLY, DeadlineRules::halfYearly),
            new Rule(HALF_YEARLY_ALONE, DeadlineRules::halfYearlyAlone),
            new Rule(ONGOING, DeadlineRules::ongoing));

    private static PhraseCandidate exact(Matcher m, PhraseScan s) {
        boolean marked = m.group("mk") != null;
        DateParts date = DateParts.read(m, "x");
        if (date.year() == null && !date.ngay() && !(marked && date.slashOrWords())) {
            return null; // "2.5", "1-3": numbers, not dates
        }
        if (!marked && date.ngay() && s.afterDocumentNumber(m.start())) {
            return PhraseCandidate.citation(m.start(), m.end(), DeadlineKind.EXACT);
        }
        LocalDate deadline = date.year() != null ? date.in(date.year()) : s.upcoming(date::in);
        if (deadline == null) {
            return PhraseCandidate.refused(m.start(), m.end(), marked, DeadlineKind.EXACT);
        }
        return PhraseCandidate.of(m.start(), m.end(), marked, DeadlineKind.EXACT, deadline, null,
                Message.of("deadline.summary.exact", DisplayDates.date(deadline)));
    }

    private static PhraseCandidate month(Matcher m, PhraseScan s) {
        boolean marked = !m.group("mk").isBlank();
        Integer year = year(m);
        if (!marked && year == null) {
            return null;
        }
        int month = Integer.parseInt(m.group("m"));
        if (m.group("vague") != null || month < 1 || month > 12 || !plausible(year)) {
            return PhraseCandidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_MONTH);
        }
        LocalDate end = year != null ? endOfMonth(year, month) : s.upcoming(y -> endOfMonth(y, month));
        return PhraseCandidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_MONTH, end, null,
                Message.of("deadline.summary.month", end.getMonthValue(), end.getYear()));
    }

    private static PhraseCandidate monthWord(Matcher m, PhraseScan s) {
        LocalDate end = s.reference().plusMonths(isNext(m) ? 1 : 0).with(TemporalAdjusters.lastDayOfMonth());
        return PhraseCandidate.of(m.start(), m.end(), true, DeadlineKind.END_OF_MONTH, end, null,
                Message.of("deadline.summary.month", end.getMonthValue(), end.getYear()));
    }

    private static PhraseCandidate quarter(Matcher m, PhraseScan s) {
        boolean marked = !m.group("mk").isBlank();
        Integer year = year(m);
        if (!marked && year == null) {
            return null;
        }
        int quarter = quarterNumber(m.group("q"));
        if (m.group("vague") != null || !plausible(year)) {
            return PhraseCandidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_QUARTER);
        }
        LocalDate end = year != null ? endOfMonth(year, quarter * 3) : s.upcoming(y -> endOfMonth(y, quarter * 3));
        return PhraseCandidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_QUARTER, end, null,
                Message.of("deadline.summary.quarter", ROMAN[quarter], end.getYear()));
    }

    private static PhraseCandidate quarterWord(Matcher m, PhraseScan s) {
        LocalDate reference = s.reference();
        LocalDate end = endOfMonth(reference.getYear(), ((reference.getMonthValue() - 1) / 3 + 1) * 3)
                .plusMonths(isNext(m) ? 3 : 0).with(TemporalAdjusters.lastDayOfMonth());
        return PhraseCandidate.of(m.start(), m.end(), true, DeadlineKind.END_OF_QUARTER, end, null,
                Message.of("deadline.summary.quarter", ROMAN[(end.getMonthValue() - 1) / 3 + 1], end.getYear()));
    }

    private static PhraseCandidate half(Matcher m, PhraseScan s) {
        boolean marked = !m.group("mk").isBlank();
        if (m.group("vague") != null) {
            return PhraseCandidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_HALF);
        }
        boolean first = m.group("w").equals("dau");
        return halfCandidate(m, s, marked, first ? 6 : 12,
                first ? "deadline.summary.half.first" : "deadline.summary.half.second");
    }

    private static PhraseCandidate midYear(Matcher m, PhraseScan s) {
        return halfCandidate(m, s, m.group("mk") != null, 6, "deadline.summary.mid-year");
    }

    private static PhraseCandidate halfCandidate(Matcher m, PhraseScan s, boolean marked, int lastMonth, String code) {
        Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
        if (!plausible(year)) {
            return PhraseCandidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_HALF);
        }
        LocalDate end;
        if (year != null) {
            end = endOfMonth(year, lastMonth);
        } else if (m.group("rel") != null) {
            end = endOfMonth(s.reference().getYear() + (m.group("rel").equals("nay") ? 0 : 1), lastMonth);
        } else {
            end = s.upcoming(y -> endOfMonth(y, lastMonth));
        }
        return PhraseCandidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_HALF, end, null,
                Message.of(code, end.getYear()));
    }

    private static PhraseCandidate year(Matcher m, PhraseScan s) {
        if (!s.written(m.start("nam"), m.end("nam"), "năm", "nǎm")) {
            return null; // "Việt Nam 2020"
        }
        boolean marked = !m.group("mk").isBlank();
        int year = Integer.parseInt(m.group("y"));
        if (m.group("vague") != null || !plausible(year)) {
            return PhraseCandidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_YEAR);
        }
        return PhraseCandidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_YEAR, LocalDate.of(year, 12, 31), null,
                Message.of("deadline.summary.year", year));
    }

    private static PhraseCandidate yearWord(Matcher m, PhraseScan s) {
        int year = s.reference().getYear() + (isNext(m) ? 1 : 0);
        return PhraseCandidate.of(m.start(), m.end(), true, DeadlineKind.END_OF_YEAR, LocalDate.of(year, 12, 31), null,
                Message.of("deadline.summary.year", year));
    }

    private static PhraseCandidate period(Matcher m, PhraseScan s) {
        int first = Integer.parseInt(m.group("y1"));
        int last = Integer.parseInt(m.group("y2"));
        if (!plausible(first) || !plausible(last) || last <= first || last - first > 100) {
            return null; // two numbers, not a period
        }
        return PhraseCandidate.of(m.start(), m.end(), m.group("mk") != null, DeadlineKind.END_OF_PERIOD,
                LocalDate.of(last, 12, 31), null,
                Message.of("deadline.summary.period", first, last));
    }

    private static PhraseCandidate relative(Matcher m, PhraseScan s) {
        if (m.group("after") != null && !s.written(m.start("after"), m.end("after"), "sau")) {
            return null; // "thứ Sáu 6 tháng": six, not after
        }
        int n = Integer.parseInt(m.group("n"));
        String unit = m.group("u");
        int end = m.end();
        LocalDate from = s.reference();
        Matcher kw = FROM.matcher(s.text()).region(end, s.text().length());
        if (kw.lookingAt()) {
            int at = kw.end();
            Matcher signing = FROM_SIGNING.matcher(s.text()).region(at, s.text().length());
            Matcher date = FROM_DATE.matcher(s.text()).region(at, s.text().length());
            if (signing.lookingAt()) {
                end = signing.end();
            } else if (date.lookingAt() && (from = DateParts.read(date, "f").inOrNull(s.reference().getYear())) != null) {
                end = date.end();
            } else {
                // counted from an event the text names but does not date ("kể từ ngày nhận được hồ sơ")
                return PhraseCandidate.refused(m.start(), kw.end(), true, DeadlineKind.RELATIVE);
            }
        }
        if (n == 0) {
            return PhraseCandidate.refused(m.start(), end, true, DeadlineKind.RELATIVE);
        }
        boolean workingDays = unit.endsWith("viec");
        LocalDate deadline;
        String what;
        if (unit.startsWith("ngay")) {
            deadline = workingDays ? s.calendar().addWorkingDays(from, n) : from.plusDays(n);
            what = workingDays ? "working-days" : "days";
        } else if (unit.equals("tuan")) {
            deadline = from.plusWeeks(n);
            what = "weeks";
        } else {
            deadline = from.plusMonths(n);
            what = "months";
        }
        return PhraseCandidate.of(m.start(), end, true, DeadlineKind.RELATIVE, deadline, null,
                Message.of("deadline.summary.relative." + what, n, DisplayDates.date(from)));
    }

    private static PhraseCandidate week(Matcher m, PhraseScan s) {
        if (m.group("mk") == null && (m.group("rel") == null || s.afterNumber(m.start()))) {
            return null; // "hằng tuần", "2 tuần sau"
        }
        LocalDate monday = s.reference().with(DayOfWeek.MONDAY).plusWeeks(isNext(m) ? 1 : 0);
        LocalDate end = s.lastWorkingDayOfWeek(monday);
        return PhraseCandidate.of(m.start(), m.end(), true, DeadlineKind.WEEK, end, null,
                Message.of("deadline.summary.week", DisplayDates.date(monday), DisplayDates.date(monday.plusDays(6))));
    }

    private static PhraseCandidate monthlyDay(Matcher m, PhraseScan s) {
        return recurring(m, s, Frequency.MONTHLY, Integer.valueOf(m.group("d")), null, null);
    }

    private static PhraseCandidate quarterlyDay(Matcher m, PhraseScan s) {
        String pos = m.group("pos");
        int month = pos.equals("dau") || pos.endsWith("nhat") || pos.endsWith("1") ? 1
                : pos.endsWith("hai") || pos.endsWith("2") ? 2 : 3;
        return recurring(m, s, Frequency.QUARTERLY, Integer.valueOf(m.group("d")), month, null);
    }

    private static PhraseCandidate yearlyDay(Matcher m, PhraseScan s) {
        return recurring(m, s, Frequency.YEARLY, Integer.valueOf(m.group("d")), Integer.valueOf(m.group("m")), null);
    }

    private static PhraseCandidate weeklyDay(Matcher m, PhraseScan s) {
        DayOfWeek day = m.group("sun") != null ? DayOfWeek.SUNDAY : switch (m.group("dow")) {
            case "hai", "2" -> DayOfWeek.MONDAY;
            case "ba", "3" -> DayOfWeek.TUESDAY;
            case "tu", "4" -> DayOfWeek.WEDNESDAY;
            case "nam", "5" -> DayOfWeek.THURSDAY;
            case "sau", "6" -> DayOfWeek.FRIDAY;
            default -> DayOfWeek.SATURDAY;
        };
        return recurring(m, s, Frequency.WEEKLY, null, null, day);
    }

    private static PhraseCandidate every(Matcher m, PhraseScan s) {
        String f = m.group("f");
        Frequency frequency = switch (f) {
            case "thang" -> Frequency.MONTHLY;
            case "quy" -> Frequency.QUARTERLY;
            case "nam" -> Frequency.YEARLY;
            case "tuan" -> Frequency.WEEKLY;
            default -> Frequency.HALF_YEARLY;
        };
        return recurring(m, s, frequency, null, null, null);
    }

    private static PhraseCandidate halfYearly(Matcher m, PhraseScan s) {
        return recurring(m, s, Frequency.HALF_YEARLY, null, null, null);
    }

    private static PhraseCandidate halfYearlyAlone(Matcher m, PhraseScan s) {
        PhraseCandidate c = recurring(m, s, Frequency.HALF_YEARLY, null, null, null);
        return PhraseCandidate.of(m.start("s"), m.end("s"), true, c.kind(), c.date(), c.recurrence(), c.normalized());
    }

    private static PhraseCandidate recurring(Matcher m, PhraseScan s, Frequency frequency, Integer day, Integer month,
            DayOfWeek weekday) {
        Recurrence recurrence;
        try {
            recurrence = new Recurrence(frequency, day, month, weekday);
        } catch (IllegalArgumentException e) {
            return PhraseCandidate.refused(m.start(), m.end(), true, DeadlineKind.RECURRING); // "ngày 32 hằng tháng"
        }
        return PhraseCandidate.of(m.start(), m.end(), true, DeadlineKind.RECURRING, s.nextInstance(recurrence), recurrence,
                recurrence.message());
    }

    private static PhraseCandidate ongoing(Matcher m, PhraseScan s) {
        String words = switch (m.group("w").replaceAll("\\s+", " ")) {
            case "thuong xuyen" -> "regularly";
            case "lien tuc" -> "continuously";
            case "kip thoi" -> "promptly";
            default -> "daily";
        };
        return PhraseCandidate.of(m.start(), m.end(), true, DeadlineKind.ONGOING, null, null,
                Message.of("deadline.summary.ongoing." + words));
    }

    private static final String[] ROMAN = { "", "I", "II", "III", "IV" };

    private static int quarterNumber(String q) {
        return switch (q) {
            case "i", "1" -> 1;
            case "ii", "2" -> 2;
            case "iii", "3" -> 3;
            default -> 4;
        };
    }

    private static Integer year(Matcher m) {
        String y = m.group("y") != null ? m.group("y") : m.group("yn");
        return y == null ? null : Integer.valueOf(y);
    }

    static boolean plausible(Integer year) {
        return year == null || (year >= DeadlinePhraseParser.MIN_YEAR && year <= DeadlinePhraseParser.MAX_YEAR);
    }

    private static boolean isNext(Matcher m) {
        String rel = m.group("rel");
        return rel != null && !rel.equals("nay");
    }

    private static LocalDate endOfMonth(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    private DeadlineRules() {
    }

    @FunctionalInterface
    interface Reader {
        PhraseCandidate read(Matcher m, PhraseScan s);
    }

    record Rule(Pattern pattern, Reader reader) {
    }
}
