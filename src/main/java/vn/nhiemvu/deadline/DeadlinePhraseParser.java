package vn.nhiemvu.deadline;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.Recurrence.Frequency;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;

/**
 * Reads the deadline in a Vietnamese directive's wording, following DOMAIN.md §2: "trước ngày
 * 30/9/2020" → 30/9/2020 (EXACT; agencies record the named date), "trong quý III năm 2020" →
 * 30/9/2020 (END_OF_QUARTER), "trong 10 ngày làm việc kể từ ngày 05/10/2020" → ten working days
 * counted from the day after (RELATIVE), "hằng tháng" → the next instance (RECURRING), "thường
 * xuyên" → no date (ONGOING). Accents and case do not matter ("quy III nam 2020" is the same), and
 * the phrase may sit inside a longer sentence: its span is reported.
 *
 * <p>How a phrase is chosen when a text holds several: every rule below proposes candidates; a
 * candidate inside a longer one is dropped ("tháng 9 năm 2020" inside "ngày 30 tháng 9 năm 2020");
 * a date right after a document number ("Quyết định số 749/QĐ-TTg ngày 03/6/2020") is a citation,
 * not a deadline; then a phrase with a deadline word ("trước", "chậm nhất", "hoàn thành", "trong",
 * "đến", "cuối", "giai đoạn"…) beats a bare one, a more precise kind beats a coarser one (EXACT,
 * RELATIVE, RECURRING, WEEK, month, quarter, half, year, period, ONGOING), and the earlier beats the
 * later. If the winner is a phrase the parser recognises but cannot date — an impossible date
 * (31/2/2020), "trước tháng 12" or "đầu năm 2021", N days "kể từ ngày nhận được hồ sơ" — the answer
 * is NOT_UNDERSTOOD rather than a neighbouring guess.
 *
 * <p>A phrase without a year takes the reference's year, or the next year if that deadline is
 * already before the reference; the reference is the date of the document. Plain Java, immutable
 * and thread-safe; the working calendar is only asked for working days and weeks.
 */
public final class DeadlinePhraseParser {

    /** Years the parser accepts; anything else in a directive is a typo, not a deadline. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2199;


    // --- building blocks, written for the folded text (lower case, no accents, đ = d) ---

    /** Start and end of a word: no letter or digit right outside. */
    private static final String B = "(?<![a-z0-9])";
    /** A number spelled out after it, as regulations do: "ngày 15 (mười lăm)". */
    private static final String WORDS = "(?:\\s*\\([a-z ]{1,40}\\))?";
    /** The words that make a date a deadline. */
    private static final String HEAD = "(?:phai\\s+)?(?:hoan\\s+thanh|xong|cham\\s+nhat|muon\\s+nhat|han\\s+chot"
            + "|thoi\\s+han(?:\\s+(?:hoan\\s+thanh|thuc\\s+hien|gui|nop|trinh|bao\\s+cao))?)";
    /** "trước 17h00 ngày …", "trước 16 giờ ngày …": the day is what counts. */
    private static final String TIME = "(?:\\d{1,2}\\s*(?:h|gio)(?:\\s*\\d{1,2}(?:\\s*phut)?)?\\s*,?\\s*)";
    private static final String EXACT_MARK = "(?<mk>(?:" + HEAD
            + "\\s*(?::\\s*|la\\s+|vao\\s+)?(?:(?:truoc|den\\s+het|den|trong)\\s+)?"
            + "|(?:truoc|den\\s+het|den|het|trong)\\s+)" + TIME + "?)?";
    /** Deadline words before a month, quarter, half or year; "vague" ones name no end ("đầu năm"). */
    private static final String PERIOD_MARK = "(?<mk>(?:" + HEAD + "\\s*(?::\\s*|la\\s+|vao\\s+)?)?"
            + "(?:(?<vague>truoc|dau|giua)\\s+|den\\s+(?:het\\s+|cuoi\\s+)?|het\\s+|trong\\s+(?:thoi\\s+gian\\s+)?"
            + "|cuoi\\s+|vao\\s+(?:cuoi\\s+)?)?)";
    /** Where a year could follow but none does: nor one that fails to parse ("năm 202015", "/20"). */
    private static final String NO_BAD_YEAR = "(?![0-9])(?!\\s*,?\\s*nam\\s+\\d)(?!\\s*[/.\\-]\\s*\\d)";
    /** A year after a month or quarter: "năm 2020", ", năm 2020", "/2020", "-2020"; or no year at all. */
    private static final String OF_YEAR = "(?:\\s*,?\\s*nam\\s+(?<y>\\d{4})(?![0-9])|\\s*[/.\\-]\\s*(?<yn>\\d{4})(?![0-9])|"
            + NO_BAD_YEAR + ")";
    /** "tháng này / sau / tới" or the word alone, but not "tháng 9" nor "tháng báo cáo". */
    private static final String THIS_OR_NEXT = "(?:\\s+(?<rel>nay|sau|toi)(?![a-z])(?!\\s+khi)|(?!\\s*[a-z0-9]))";

    private static String longDate(String g) {
        return "(?:(?<ngay" + g + ">ngay)\\s+)?(?<![a-z0-9])(?<d" + g + ">\\d{1,2})" + WORDS + "\\s+thang\\s+(?<m" + g
                + ">\\d{1,2})(?!\\d)" + WORDS + "(?:\\s*,?\\s*nam\\s+(?<y" + g + ">\\d{4})(?![0-9])|\\s*/\\s*(?<yn" + g
                + ">\\d{4})(?![0-9])|" + NO_BAD_YEAR + ")";
    }

    /** 30/9/2020, 30/09/2020, 30-9-2020, 30.9.2020, 30/9; spaces only around slashes. */
    private static String numericDate(String g) {
        return "(?:(?<ngay" + g + ">ngay)\\s+)?(?<![a-z0-9/.\\-])(?<d" + g + ">\\d{1,2})(?:\\s*(?<sl" + g
                + ">/)\\s*|[.\\-])(?<m" + g + ">\\d{1,2})(?:(?:\\s*/\\s*|[.\\-])(?<y" + g + ">\\d{4})(?![0-9])|\\s+nam\\s+(?<yn" + g
                + ">\\d{4})(?![0-9])|(?![0-9])(?![/.\\-]\\d)(?!\\s*/\\s*\\d)(?!\\s+nam\\s+\\d))";
    }

    private static String anyDate(String g) {
        return "(?:" + longDate(g + "l") + "|" + numericDate(g + "n") + "|(?<![0-9])(?<iy" + g + ">\\d{4})-(?<im" + g
                + ">\\d{2})-(?<id" + g + ">\\d{2})(?![0-9]))";
    }

    private static final Pattern EXACT = Pattern.compile(B + EXACT_MARK + anyDate("x"));
    private static final Pattern MONTH = Pattern.compile(B + PERIOD_MARK + "thang\\s+(?<m>\\d{1,2})(?!\\d)" + OF_YEAR);
    private static final Pattern MONTH_WORD = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|cuoi|den\\s+het|den\\s+cuoi|het)\\s+)thang" + THIS_OR_NEXT);
    private static final Pattern QUARTER = Pattern.compile(
            B + PERIOD_MARK + "quy\\s+(?<q>iv|iii|ii|i|[1-4])(?![a-z0-9])" + OF_YEAR);
    private static final Pattern QUARTER_WORD = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|cuoi|den\\s+het|den\\s+cuoi|het)\\s+)quy" + THIS_OR_NEXT);
    private static final Pattern HALF = Pattern.compile(B + PERIOD_MARK + "(?:(?<![0-9])(?:0?6|sau)" + WORDS
            + "\\s+thang|nua)\\s+(?<w>dau|cuoi)\\s+nam(?:\\s+(?<y>\\d{4})(?![0-9])|\\s+(?<rel>nay|sau|toi)(?![a-z]))?");
    private static final Pattern MID_YEAR = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|vao|den)\\s+)?giua\\s+nam(?:\\s+(?<y>\\d{4})(?![0-9])|\\s+(?<rel>nay|sau|toi)(?![a-z]))?");
    private static final Pattern YEAR = Pattern.compile(B + PERIOD_MARK
            + "(?<nam>nam)\\s+(?<y>\\d{4})(?![0-9])(?!\\s*(?:-|den|toi)\\s*(?:nam\\s+)?\\d{4})");
    private static final Pattern YEAR_WORD = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|cuoi|den\\s+het|den\\s+cuoi|het|vao\\s+cuoi)\\s+)nam" + THIS_OR_NEXT);
    private static final Pattern PERIOD = Pattern.compile(B + "(?<mk>(?:giai\\s+doan|thoi\\s+ky)\\s+(?:tu\\s+)?(?:nam\\s+)?"
            + "|tu\\s+(?:nam\\s+)?)?(?<![a-z0-9/.\\-])(?<y1>\\d{4})\\s*(?:-|den|toi)\\s*(?:nam\\s+)?(?<y2>\\d{4})(?![0-9])");
    private static final Pattern RELATIVE = Pattern.compile(B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|(?<after>sau))\\s+"
            + "(?:vong\\s+|thoi\\s+han\\s+|thoi\\s+gian\\s+)?(?:khong\\s+qua\\s+|toi\\s+da\\s+)?)(?<n>\\d{1,3})(?![0-9])" + WORDS
            + "\\s+(?<u>ngay(?:\\s+lam\\s+viec)?|tuan|thang)(?![a-z])(?!\\s+(?:dau|cuoi)(?![a-z]))"
            + "(?:\\s+(?:toi|tiep\\s+theo)(?![a-z]))?");
    private static final Pattern FROM = Pattern.compile(
            "\\s*,?\\s*(?:ke\\s+tu|tinh\\s+tu|bat\\s+dau\\s+tu|tu|sau\\s+khi|sau)(?![a-z])\\s*");
    private static final Pattern FROM_SIGNING = Pattern.compile("(?:ngay\\s+)?(?:ky(?:\\s+ban\\s+hanh)?|ban\\s+hanh)(?![a-z])"
            + "(?:\\s+(?:van\\s+ban|cong\\s+van|quyet\\s+dinh|ke\\s+hoach|chi\\s+thi)(?:\\s+nay)?(?![a-z]))?");
    private static final Pattern FROM_DATE = Pattern.compile(anyDate("f"));
    private static final Pattern WEEK = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|vao)\\s+)?tuan" + THIS_OR_NEXT);
    private static final String RECURRING_MARK = "(?<mk>(?:" + HEAD
            + "\\s*(?:la\\s+|vao\\s+)?)?(?:(?:truoc|den|vao)\\s+)?)?";
    private static final Pattern MONTHLY_DAY = Pattern.compile(B + RECURRING_MARK + "ngay\\s+(?<d>\\d{1,2})(?![0-9])"
            + WORDS + "\\s+(?:cua\\s+)?(?:hang|moi)\\s+thang(?![a-z])");
    private static final Pattern QUARTERLY_DAY = Pattern.compile(B + RECURRING_MARK + "ngay\\s+(?<d>\\d{1,2})(?![0-9])"
            + WORDS + "\\s+(?:cua\\s+)?thang\\s+(?<pos>dau|cuoi|thu\\s+(?:nhat|hai|ba|[1-3]))\\s+(?:cua\\s+)?"
            + "(?:moi\\s+|hang\\s+)?quy(?![a-z])");
    private static final Pattern YEARLY_DAY = Pattern.compile(B + RECURRING_MARK + "ngay\\s+(?<d>\\d{1,2})" + WORDS
            + "(?:\\s*/\\s*|[.\\-]|\\s+thang\\s+)(?<m>\\d{1,2})(?![0-9])" + WORDS
            + "\\s+(?:cua\\s+)?(?:hang|moi)\\s+nam(?![a-z])");
    private static final Pattern WEEKLY_DAY = Pattern.compile(B + "(?<mk>(?:" + HEAD + "\\s+)?(?:truoc|vao)\\s+)?"
            + "(?:ngay\\s+)?(?:thu\\s+(?<dow>hai|ba|tu|nam|sau|bay|[2-7])|(?<sun>chu\\s+nhat))\\s+(?:hang|moi)\\s+tuan(?![a-z])");
    private static final Pattern EVERY = Pattern.compile(B + "(?:dinh\\s+ky\\s+(?:hang\\s+|moi\\s+)?|(?<!ngan\\s)(?<!mat\\s)"
            + "(?:hang|moi)\\s+)(?<f>thang|quy|nam|tuan|(?:0?6|sau)" + WORDS + "\\s+thang)(?![a-z0-9])");
    private static final Pattern HALF_YEARLY = Pattern.compile(B + "(?:(?:0?6|sau)" + WORDS
            + "\\s+thang\\s*(?:/\\s*|(?:mot|1)\\s+)lan(?![a-z])|(?<=bao\\s{1,3}cao\\s{1,3})(?:0?6|sau)\\s+thang"
            + "(?![a-z0-9])(?!\\s+(?:dau|cuoi|ke|tinh|tu|sau|toi|tiep|qua|nua|truoc|lien|gan)(?![a-z])))");
    private static final Pattern HALF_YEARLY_ALONE = Pattern.compile("^[\\s\\p{Punct}]*(?<s>(?:0?6|sau)\\s+thang)[\\s\\p{Punct}]*$");
    private static final Pattern ONGOING = Pattern.compile(
            B + "(?<w>thuong\\s+xuyen|lien\\s+tuc|kip\\s+thoi|hang\\s+ngay|moi\\s+ngay)(?![a-z])");

    /** Every rule, each proposing candidates from its pattern's matches. */
    private static final List<Rule> RULES = List.of(
            new Rule(EXACT, DeadlinePhraseParser::exact),
            new Rule(MONTH, DeadlinePhraseParser::month),
            new Rule(MONTH_WORD, DeadlinePhraseParser::monthWord),
            new Rule(QUARTER, DeadlinePhraseParser::quarter),
            new Rule(QUARTER_WORD, DeadlinePhraseParser::quarterWord),
            new Rule(HALF, DeadlinePhraseParser::half),
            new Rule(MID_YEAR, DeadlinePhraseParser::midYear),
            new Rule(YEAR, DeadlinePhraseParser::year),
            new Rule(YEAR_WORD, DeadlinePhraseParser::yearWord),
            new Rule(PERIOD, DeadlinePhraseParser::period),
            new Rule(RELATIVE, DeadlinePhraseParser::relative),
            new Rule(WEEK, DeadlinePhraseParser::week),
            new Rule(MONTHLY_DAY, DeadlinePhraseParser::monthlyDay),
            new Rule(QUARTERLY_DAY, DeadlinePhraseParser::quarterlyDay),
            new Rule(YEARLY_DAY, DeadlinePhraseParser::yearlyDay),
            new Rule(WEEKLY_DAY, DeadlinePhraseParser::weeklyDay),
            new Rule(EVERY, DeadlinePhraseParser::every),
            new Rule(HALF_YEARLY, DeadlinePhraseParser::halfYearly),
            new Rule(HALF_YEARLY_ALONE, DeadlinePhraseParser::halfYearlyAlone),
            new Rule(ONGOING, DeadlinePhraseParser::ongoing));

    /**
     * The deadline in {@code text}, or {@link DeadlinePhrase#NOT_UNDERSTOOD}. Never throws for any
     * text (null included); the span always lies inside the text.
     *
     * @param reference the date of the document the text comes from: phrases without a year, "trong
     *                  vòng N ngày", "trong tuần" and recurrences count from it
     * @param calendar  working days, for "N ngày làm việc", weeks and weekly recurrences
     */
    public DeadlinePhrase parse(String text, LocalDate reference, WorkingCalendar calendar) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(calendar, "calendar");
        if (text == null || text.isBlank()) {
            return DeadlinePhrase.NOT_UNDERSTOOD;
        }
        FoldedText folded = FoldedText.of(text);
        var scan = new Scan(folded, reference, calendar);
        var candidates = new ArrayList<Candidate>();
        for (Rule rule : RULES) {
            Matcher m = rule.pattern().matcher(scan.text());
            while (m.find()) {
                Candidate candidate = rule.reader().read(m, scan);
                if (candidate != null && !NotADeadline.applies(folded, candidate.start(), candidate.end(), candidate.kind())) {
                    candidates.add(candidate);
                }
            }
        }
        Candidate best = choose(candidates);
        if (best == null || best.standing() != Standing.UNDERSTOOD) {
            return DeadlinePhrase.NOT_UNDERSTOOD;
        }
        return new DeadlinePhrase.Understood(best.date(), best.kind(), folded.span(best.start(), best.end()),
                best.recurrence(), best.normalized());
    }

    // --- choosing among candidates ---

    private static final Comparator<Candidate> PREFERENCE = Comparator.comparing((Candidate c) -> !c.marked())
            .thenComparingInt(c -> rank(c.kind()))
            .thenComparingInt(Candidate::start);

    private static Candidate choose(List<Candidate> candidates) {
        var kept = new ArrayList<Candidate>();
        for (int i = 0; i < candidates.size(); i++) {
            Candidate c = candidates.get(i);
            boolean covered = false;
            for (int j = 0; j < candidates.size() && !covered; j++) {
                if (i != j) {
                    covered = covers(candidates.get(j), c, j < i);
                }
            }
            if (!covered && c.standing() != Standing.CITATION) {
                kept.add(c);
            }
        }
        return kept.stream().min(PREFERENCE).orElse(null);
    }

    /** Whether {@code other} makes {@code c} redundant: it is longer and holds it, or the same stretch read better. */
    private static boolean covers(Candidate other, Candidate c, boolean otherFirst) {
        if (other.start() > c.start() || other.end() < c.end()) {
            return false;
        }
        if (other.end() - other.start() > c.end() - c.start()) {
            return true;
        }
        int byStanding = Integer.compare(other.standing().ordinal(), c.standing().ordinal());
        if (byStanding != 0) {
            return byStanding < 0;
        }
        int byRank = Integer.compare(rank(other.kind()), rank(c.kind()));
        return byRank != 0 ? byRank < 0 : otherFirst;
    }

    private static int rank(DeadlineKind kind) {
        return switch (kind) {
            case EXACT -> 0;
            case RELATIVE -> 1;
            case RECURRING -> 2;
            case WEEK -> 3;
            case END_OF_MONTH -> 4;
            case END_OF_QUARTER -> 5;
            case END_OF_HALF -> 6;
            case END_OF_YEAR -> 7;
            case END_OF_PERIOD -> 8;
            case ONGOING -> 9;
        };
    }

    // --- the rules ---

    private static Candidate exact(Matcher m, Scan s) {
        boolean marked = m.group("mk") != null;
        DateParts date = DateParts.read(m, "x");
        if (date.year() == null && !date.ngay() && !(marked && date.slashOrWords())) {
            return null; // "2.5", "1-3": numbers, not dates
        }
        if (!marked && date.ngay() && s.afterDocumentNumber(m.start())) {
            return Candidate.citation(m.start(), m.end(), DeadlineKind.EXACT);
        }
        LocalDate deadline = date.year() != null ? date.in(date.year()) : s.upcoming(date::in);
        if (deadline == null) {
            return Candidate.refused(m.start(), m.end(), marked, DeadlineKind.EXACT);
        }
        return Candidate.of(m.start(), m.end(), marked, DeadlineKind.EXACT, deadline, null,
                Message.of("deadline.summary.exact", DisplayDates.date(deadline)));
    }

    private static Candidate month(Matcher m, Scan s) {
        boolean marked = !m.group("mk").isBlank();
        Integer year = year(m);
        if (!marked && year == null) {
            return null;
        }
        int month = Integer.parseInt(m.group("m"));
        if (m.group("vague") != null || month < 1 || month > 12 || !plausible(year)) {
            return Candidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_MONTH);
        }
        LocalDate end = year != null ? endOfMonth(year, month) : s.upcoming(y -> endOfMonth(y, month));
        return Candidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_MONTH, end, null,
                Message.of("deadline.summary.month", end.getMonthValue(), end.getYear()));
    }

    private static Candidate monthWord(Matcher m, Scan s) {
        LocalDate end = s.reference().plusMonths(isNext(m) ? 1 : 0).with(TemporalAdjusters.lastDayOfMonth());
        return Candidate.of(m.start(), m.end(), true, DeadlineKind.END_OF_MONTH, end, null,
                Message.of("deadline.summary.month", end.getMonthValue(), end.getYear()));
    }

    private static Candidate quarter(Matcher m, Scan s) {
        boolean marked = !m.group("mk").isBlank();
        Integer year = year(m);
        if (!marked && year == null) {
            return null;
        }
        int quarter = quarterNumber(m.group("q"));
        if (m.group("vague") != null || !plausible(year)) {
            return Candidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_QUARTER);
        }
        LocalDate end = year != null ? endOfMonth(year, quarter * 3) : s.upcoming(y -> endOfMonth(y, quarter * 3));
        return Candidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_QUARTER, end, null,
                Message.of("deadline.summary.quarter", ROMAN[quarter], end.getYear()));
    }

    private static Candidate quarterWord(Matcher m, Scan s) {
        LocalDate reference = s.reference();
        LocalDate end = endOfMonth(reference.getYear(), ((reference.getMonthValue() - 1) / 3 + 1) * 3)
                .plusMonths(isNext(m) ? 3 : 0).with(TemporalAdjusters.lastDayOfMonth());
        return Candidate.of(m.start(), m.end(), true, DeadlineKind.END_OF_QUARTER, end, null,
                Message.of("deadline.summary.quarter", ROMAN[(end.getMonthValue() - 1) / 3 + 1], end.getYear()));
    }

    private static Candidate half(Matcher m, Scan s) {
        boolean marked = !m.group("mk").isBlank();
        if (m.group("vague") != null) {
            return Candidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_HALF);
        }
        boolean first = m.group("w").equals("dau");
        return halfCandidate(m, s, marked, first ? 6 : 12,
                first ? "deadline.summary.half.first" : "deadline.summary.half.second");
    }

    private static Candidate midYear(Matcher m, Scan s) {
        return halfCandidate(m, s, m.group("mk") != null, 6, "deadline.summary.mid-year");
    }

    private static Candidate halfCandidate(Matcher m, Scan s, boolean marked, int lastMonth, String code) {
        Integer year = m.group("y") == null ? null : Integer.valueOf(m.group("y"));
        if (!plausible(year)) {
            return Candidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_HALF);
        }
        LocalDate end;
        if (year != null) {
            end = endOfMonth(year, lastMonth);
        } else if (m.group("rel") != null) {
            end = endOfMonth(s.reference().getYear() + (m.group("rel").equals("nay") ? 0 : 1), lastMonth);
        } else {
            end = s.upcoming(y -> endOfMonth(y, lastMonth));
        }
        return Candidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_HALF, end, null,
                Message.of(code, end.getYear()));
    }

    private static Candidate year(Matcher m, Scan s) {
        if (!s.written(m.start("nam"), m.end("nam"), "năm", "nǎm")) {
            return null; // "Việt Nam 2020"
        }
        boolean marked = !m.group("mk").isBlank();
        int year = Integer.parseInt(m.group("y"));
        if (m.group("vague") != null || !plausible(year)) {
            return Candidate.refused(m.start(), m.end(), marked, DeadlineKind.END_OF_YEAR);
        }
        return Candidate.of(m.start(), m.end(), marked, DeadlineKind.END_OF_YEAR, LocalDate.of(year, 12, 31), null,
                Message.of("deadline.summary.year", year));
    }

    private static Candidate yearWord(Matcher m, Scan s) {
        int year = s.reference().getYear() + (isNext(m) ? 1 : 0);
        return Candidate.of(m.start(), m.end(), true, DeadlineKind.END_OF_YEAR, LocalDate.of(year, 12, 31), null,
                Message.of("deadline.summary.year", year));
    }

    private static Candidate period(Matcher m, Scan s) {
        int first = Integer.parseInt(m.group("y1"));
        int last = Integer.parseInt(m.group("y2"));
        if (!plausible(first) || !plausible(last) || last <= first || last - first > 100) {
            return null; // two numbers, not a period
        }
        return Candidate.of(m.start(), m.end(), m.group("mk") != null, DeadlineKind.END_OF_PERIOD,
                LocalDate.of(last, 12, 31), null,
                Message.of("deadline.summary.period", first, last));
    }

    private static Candidate relative(Matcher m, Scan s) {
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
                return Candidate.refused(m.start(), kw.end(), true, DeadlineKind.RELATIVE);
            }
        }
        if (n == 0) {
            return Candidate.refused(m.start(), end, true, DeadlineKind.RELATIVE);
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
        return Candidate.of(m.start(), end, true, DeadlineKind.RELATIVE, deadline, null,
                Message.of("deadline.summary.relative." + what, n, DisplayDates.date(from)));
    }

    private static Candidate week(Matcher m, Scan s) {
        if (m.group("mk") == null && (m.group("rel") == null || s.afterNumber(m.start()))) {
            return null; // "hằng tuần", "2 tuần sau"
        }
        LocalDate monday = s.reference().with(DayOfWeek.MONDAY).plusWeeks(isNext(m) ? 1 : 0);
        LocalDate end = s.lastWorkingDayOfWeek(monday);
        return Candidate.of(m.start(), m.end(), true, DeadlineKind.WEEK, end, null,
                Message.of("deadline.summary.week", DisplayDates.date(monday), DisplayDates.date(monday.plusDays(6))));
    }

    private static Candidate monthlyDay(Matcher m, Scan s) {
        return recurring(m, s, Frequency.MONTHLY, Integer.valueOf(m.group("d")), null, null);
    }

    private static Candidate quarterlyDay(Matcher m, Scan s) {
        String pos = m.group("pos");
        int month = pos.equals("dau") || pos.endsWith("nhat") || pos.endsWith("1") ? 1
                : pos.endsWith("hai") || pos.endsWith("2") ? 2 : 3;
        return recurring(m, s, Frequency.QUARTERLY, Integer.valueOf(m.group("d")), month, null);
    }

    private static Candidate yearlyDay(Matcher m, Scan s) {
        return recurring(m, s, Frequency.YEARLY, Integer.valueOf(m.group("d")), Integer.valueOf(m.group("m")), null);
    }

    private static Candidate weeklyDay(Matcher m, Scan s) {
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

    private static Candidate every(Matcher m, Scan s) {
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

    private static Candidate halfYearly(Matcher m, Scan s) {
        return recurring(m, s, Frequency.HALF_YEARLY, null, null, null);
    }

    private static Candidate halfYearlyAlone(Matcher m, Scan s) {
        Candidate c = recurring(m, s, Frequency.HALF_YEARLY, null, null, null);
        return Candidate.of(m.start("s"), m.end("s"), true, c.kind(), c.date(), c.recurrence(), c.normalized());
    }

    private static Candidate recurring(Matcher m, Scan s, Frequency frequency, Integer day, Integer month,
            DayOfWeek weekday) {
        Recurrence recurrence;
        try {
            recurrence = new Recurrence(frequency, day, month, weekday);
        } catch (IllegalArgumentException e) {
            return Candidate.refused(m.start(), m.end(), true, DeadlineKind.RECURRING); // "ngày 32 hằng tháng"
        }
        return Candidate.of(m.start(), m.end(), true, DeadlineKind.RECURRING, s.nextInstance(recurrence), recurrence,
                recurrence.message());
    }

    private static Candidate ongoing(Matcher m, Scan s) {
        String words = switch (m.group("w").replaceAll("\\s+", " ")) {
            case "thuong xuyen" -> "regularly";
            case "lien tuc" -> "continuously";
            case "kip thoi" -> "promptly";
            default -> "daily";
        };
        return Candidate.of(m.start(), m.end(), true, DeadlineKind.ONGOING, null, null,
                Message.of("deadline.summary.ongoing." + words));
    }

    // --- helpers ---

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

    private static boolean plausible(Integer year) {
        return year == null || (year >= MIN_YEAR && year <= MAX_YEAR);
    }

    private static boolean isNext(Matcher m) {
        String rel = m.group("rel");
        return rel != null && !rel.equals("nay");
    }

    private static LocalDate endOfMonth(int year, int month) {
        return LocalDate.of(year, month, 1).with(TemporalAdjusters.lastDayOfMonth());
    }

    @FunctionalInterface
    private interface Reader {
        Candidate read(Matcher m, Scan s);
    }

    private record Rule(Pattern pattern, Reader reader) {
    }

    /** How a candidate stands: understood, recognised but not datable (so not understood), or a citation. */
    private enum Standing {
        UNDERSTOOD, REFUSED, CITATION
    }

    /** A phrase one rule found, in folded-text offsets. */
    private record Candidate(int start, int end, Standing standing, boolean marked, DeadlineKind kind, LocalDate date,
            Recurrence recurrence, Message normalized) {

        static Candidate of(int start, int end, boolean marked, DeadlineKind kind, LocalDate date, Recurrence recurrence,
                Message normalized) {
            return new Candidate(start, end, Standing.UNDERSTOOD, marked, kind, date, recurrence, normalized);
        }

        static Candidate refused(int start, int end, boolean marked, DeadlineKind kind) {
            return new Candidate(start, end, Standing.REFUSED, marked, kind, null, null, null);
        }

        static Candidate citation(int start, int end, DeadlineKind kind) {
            return new Candidate(start, end, Standing.CITATION, false, kind, null, null, null);
        }
    }

    /** A day and month, with the year when the text gives one, as a date matcher found them. */
    private record DateParts(boolean ngay, int day, int month, Integer year, boolean slashOrWords) {

        /** Reads the groups of {@link #anyDate(String)} with prefix {@code g}. */
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
            if (!plausible(inYear)) {
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

    /** One parse: the folded text, the reference date and the calendar, with the questions rules ask of them. */
    private record Scan(FoldedText folded, LocalDate reference, WorkingCalendar calendar) {

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
}
