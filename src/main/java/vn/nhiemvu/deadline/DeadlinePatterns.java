package vn.nhiemvu.deadline;

import java.util.regex.Pattern;

/**
 * The patterns {@link DeadlineRules} match, written for the folded text (lower case, no accents, đ = d): the words that
 * make a date a deadline, dates in their written forms, months, quarters, halves, years, periods, relative and
 * recurring deadlines.
 */
final class DeadlinePatterns {

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

    static final Pattern EXACT = Pattern.compile(B + EXACT_MARK + anyDate("x"));
    static final Pattern MONTH = Pattern.compile(B + PERIOD_MARK + "thang\\s+(?<m>\\d{1,2})(?!\\d)" + OF_YEAR);
    static final Pattern MONTH_WORD = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|cuoi|den\\s+het|den\\s+cuoi|het)\\s+)thang" + THIS_OR_NEXT);
    static final Pattern QUARTER = Pattern.compile(
            B + PERIOD_MARK + "quy\\s+(?<q>iv|iii|ii|i|[1-4])(?![a-z0-9])" + OF_YEAR);
    static final Pattern QUARTER_WORD = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|cuoi|den\\s+het|den\\s+cuoi|het)\\s+)quy" + THIS_OR_NEXT);
    static final Pattern HALF = Pattern.compile(B + PERIOD_MARK + "(?:(?<![0-9])(?:0?6|sau)" + WORDS
            + "\\s+thang|nua)\\s+(?<w>dau|cuoi)\\s+nam(?:\\s+(?<y>\\d{4})(?![0-9])|\\s+(?<rel>nay|sau|toi)(?![a-z]))?");
    static final Pattern MID_YEAR = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|vao|den)\\s+)?giua\\s+nam(?:\\s+(?<y>\\d{4})(?![0-9])|\\s+(?<rel>nay|sau|toi)(?![a-z]))?");
    static final Pattern YEAR = Pattern.compile(B + PERIOD_MARK
            + "(?<nam>nam)\\s+(?<y>\\d{4})(?![0-9])(?!\\s*(?:-|den|toi)\\s*(?:nam\\s+)?\\d{4})");
    static final Pattern YEAR_WORD = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|cuoi|den\\s+het|den\\s+cuoi|het|vao\\s+cuoi)\\s+)nam" + THIS_OR_NEXT);
    static final Pattern PERIOD = Pattern.compile(B + "(?<mk>(?:giai\\s+doan|thoi\\s+ky)\\s+(?:tu\\s+)?(?:nam\\s+)?"
            + "|tu\\s+(?:nam\\s+)?)?(?<![a-z0-9/.\\-])(?<y1>\\d{4})\\s*(?:-|den|toi)\\s*(?:nam\\s+)?(?<y2>\\d{4})(?![0-9])");
    static final Pattern RELATIVE = Pattern.compile(B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|(?<after>sau))\\s+"
            + "(?:vong\\s+|thoi\\s+han\\s+|thoi\\s+gian\\s+)?(?:khong\\s+qua\\s+|toi\\s+da\\s+)?)(?<n>\\d{1,3})(?![0-9])" + WORDS
            + "\\s+(?<u>ngay(?:\\s+lam\\s+viec)?|tuan|thang)(?![a-z])(?!\\s+(?:dau|cuoi)(?![a-z]))"
            + "(?:\\s+(?:toi|tiep\\s+theo)(?![a-z]))?");
    static final Pattern FROM = Pattern.compile(
            "\\s*,?\\s*(?:ke\\s+tu|tinh\\s+tu|bat\\s+dau\\s+tu|tu|sau\\s+khi|sau)(?![a-z])\\s*");
    static final Pattern FROM_SIGNING = Pattern.compile("(?:ngay\\s+)?(?:ky(?:\\s+ban\\s+hanh)?|ban\\s+hanh)(?![a-z])"
            + "(?:\\s+(?:van\\s+ban|cong\\s+van|quyet\\s+dinh|ke\\s+hoach|chi\\s+thi)(?:\\s+nay)?(?![a-z]))?");
    static final Pattern FROM_DATE = Pattern.compile(anyDate("f"));
    static final Pattern WEEK = Pattern.compile(
            B + "(?<mk>(?:" + HEAD + "\\s+)?(?:trong|vao)\\s+)?tuan" + THIS_OR_NEXT);
    private static final String RECURRING_MARK = "(?<mk>(?:" + HEAD
            + "\\s*(?:la\\s+|vao\\s+)?)?(?:(?:truoc|den|vao)\\s+)?)?";
    static final Pattern MONTHLY_DAY = Pattern.compile(B + RECURRING_MARK + "ngay\\s+(?<d>\\d{1,2})(?![0-9])"
            + WORDS + "\\s+(?:cua\\s+)?(?:hang|moi)\\s+thang(?![a-z])");
    static final Pattern QUARTERLY_DAY = Pattern.compile(B + RECURRING_MARK + "ngay\\s+(?<d>\\d{1,2})(?![0-9])"
            + WORDS + "\\s+(?:cua\\s+)?thang\\s+(?<pos>dau|cuoi|thu\\s+(?:nhat|hai|ba|[1-3]))\\s+(?:cua\\s+)?"
            + "(?:moi\\s+|hang\\s+)?quy(?![a-z])");
    static final Pattern YEARLY_DAY = Pattern.compile(B + RECURRING_MARK + "ngay\\s+(?<d>\\d{1,2})" + WORDS
            + "(?:\\s*/\\s*|[.\\-]|\\s+thang\\s+)(?<m>\\d{1,2})(?![0-9])" + WORDS
            + "\\s+(?:cua\\s+)?(?:hang|moi)\\s+nam(?![a-z])");
    static final Pattern WEEKLY_DAY = Pattern.compile(B + "(?<mk>(?:" + HEAD + "\\s+)?(?:truoc|vao)\\s+)?"
            + "(?:ngay\\s+)?(?:thu\\s+(?<dow>hai|ba|tu|nam|sau|bay|[2-7])|(?<sun>chu\\s+nhat))\\s+(?:hang|moi)\\s+tuan(?![a-z])");
    static final Pattern EVERY = Pattern.compile(B + "(?:dinh\\s+ky\\s+(?:hang\\s+|moi\\s+)?|(?<!ngan\\s)(?<!mat\\s)"
            + "(?:hang|moi)\\s+)(?<f>thang|quy|nam|tuan|(?:0?6|sau)" + WORDS + "\\s+thang)(?![a-z0-9])");
    static final Pattern HALF_YEARLY = Pattern.compile(B + "(?:(?:0?6|sau)" + WORDS
            + "\\s+thang\\s*(?:/\\s*|(?:mot|1)\\s+)lan(?![a-z])|(?<=bao\\s{1,3}cao\\s{1,3})(?:0?6|sau)\\s+thang"
            + "(?![a-z0-9])(?!\\s+(?:dau|cuoi|ke|tinh|tu|sau|toi|tiep|qua|nua|truoc|lien|gan)(?![a-z])))");
    static final Pattern HALF_YEARLY_ALONE = Pattern.compile("^[\\s\\p{Punct}]*(?<s>(?:0?6|sau)\\s+thang)[\\s\\p{Punct}]*$");
    static final Pattern ONGOING = Pattern.compile(
            B + "(?<w>thuong\\s+xuyen|lien\\s+tuc|kip\\s+thoi|hang\\s+ngay|moi\\s+ngay)(?![a-z])");

    private DeadlinePatterns() {
    }
}
