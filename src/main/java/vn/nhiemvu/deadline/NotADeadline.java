package vn.nhiemvu.deadline;

import java.util.regex.Pattern;

/**
 * Time words that say when to focus or what a thing is called, not by when to finish (ADR 0036):
 * <ul>
 * <li>a priority period: "nhất là dịp cuối năm và đầu năm mới", "trong những tháng cuối năm",
 * "đặc biệt là vào dịp cuối năm" — the phrase follows "nhất là", "đặc biệt là", "dịp" or "những /
 * các / mấy tháng";</li>
 * <li>a recurrence inside a title: "Kế hoạch Chuyển đổi số hằng năm", "Hội nghị … hằng năm" — a
 * capitalised document noun in the middle of the sentence, with neither punctuation nor a predicate
 * ("phải", "được", "là") between it and the recurrence, names the document; "Báo cáo hằng năm …"
 * opening a clause, or "Chương trình phải được thực hiện định kỳ 6 tháng", is still a duty;</li>
 * <li>a period inside a title: "bố trí kinh phí trong Kế hoạch năm 2027", "Chương trình công tác tháng 3 năm 2026
 * của Bộ" — a month, quarter, half or year with no deadline word of its own ("trong", "trước", "đến"…), right
 * after such a title; "trình Đề án trong năm 2026" keeps its deadline;</li>
 * <li>the date figures are counted to: "số liệu tính đến ngày 30/4/2026", "tính đến hết năm 2025" — "đến" after
 * "tính" says as of when, not by when.</li>
 * </ul>
 * A phrase set aside here still hides the shorter phrases inside it: "nhất là trong quý IV năm 2026" leaves no
 * "năm 2026" behind.
 */
final class NotADeadline {

    /** The words right before a priority period (folded). */
    private static final Pattern PRIORITY = Pattern.compile("(?:(?:nhat|dac biet|nhu) la\\s+(?:(?:vao|trong)\\s+)?(?:dip\\s+)?"
            + "|(?<![a-z])dip\\s+|(?<![a-z])(?:nhung|cac|may)\\s+(?:thang|tuan|ngay)\\s+)$");
    /** A document noun written with a capital after a lower-case word ("vào Kế hoạch", not "Vụ Kế hoạch"). */
    private static final String NOUN = "(?<!\\p{L})\\p{Ll}+\\s+[\"“]?(?:Kế hoạch|Chương trình|Đề án|Báo cáo|Hội nghị|Quy chế"
            + "|Giải thưởng|Cuộc thi|Kỳ thi|Ngày hội|Diễn đàn)";
    /** The noun, then words without punctuation or predicate up to the recurrence (original text). */
    private static final Pattern TITLE = Pattern.compile(NOUN + "\\s(?:(?!\\s(?:phải|được|là|cần|sẽ|đã)\\s)[^,;.:()\\n]){0,80}$");
    /** The noun, then at most six words, none a deadline or purpose word, up to the period ("Kế hoạch năm 2027"). */
    private static final Pattern TITLED_PERIOD = Pattern.compile(NOUN + "(?:\\s+(?!(?:trong|trước|đến|hết|để|nhằm|xong"
            + "|hoàn thành|phải|được|là|cần|sẽ|đã)(?!\\p{L}))[\\p{L}\\d–-]+){0,6}\\s+$");

    /** "tính đến (hết) …": the phrase starts with "đến", "tính" just before it (folded). */
    private static final Pattern AS_OF = Pattern.compile("(?<![a-z])tinh\\s+$");

    private NotADeadline() {
    }

    /** Whether the candidate is one of the above. */
    static boolean applies(FoldedText text, PhraseCandidate candidate) {
        DeadlineKind kind = candidate.kind();
        int start = candidate.start();
        String before = text.folded().substring(Math.max(0, start - 30), start);
        if (kind != DeadlineKind.EXACT && kind != DeadlineKind.RECURRING && PRIORITY.matcher(before).find()) {
            return true;
        }
        if (text.folded().startsWith("den ", start) && AS_OF.matcher(before).find()) {
            return true;
        }
        boolean titledPeriod = !candidate.marked() && kind != DeadlineKind.EXACT && kind != DeadlineKind.RELATIVE
                && kind != DeadlineKind.ONGOING;
        if (kind != DeadlineKind.RECURRING && !titledPeriod) {
            return false;
        }
        int from = text.span(start, candidate.end()).start();
        String original = text.original().substring(Math.max(0, from - 120), from);
        return (kind == DeadlineKind.RECURRING ? TITLE : TITLED_PERIOD).matcher(original).find();
    }
}
