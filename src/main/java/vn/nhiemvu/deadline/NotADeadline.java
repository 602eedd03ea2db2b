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
 * opening a clause, or "Chương trình phải được thực hiện định kỳ 6 tháng", is still a duty.</li>
 * </ul>
 */
final class NotADeadline {

    /** The words right before a priority period (folded). */
    private static final Pattern PRIORITY = Pattern.compile("(?:(?:nhat|dac biet|nhu) la\\s+(?:(?:vao|trong)\\s+)?(?:dip\\s+)?"
            + "|(?<![a-z])dip\\s+|(?<![a-z])(?:nhung|cac|may)\\s+(?:thang|tuan|ngay)\\s+)$");
    /** A document noun written with a capital after a lower-case word, then words without punctuation (original). */
    private static final Pattern TITLE = Pattern.compile("\\p{Ll}[\\p{L}]*\\s+[\"“]?(?:Kế hoạch|Chương trình|Đề án|Báo cáo|Hội nghị"
            + "|Quy chế|Giải thưởng|Cuộc thi|Kỳ thi|Ngày hội|Diễn đàn)\\s(?:(?!\\s(?:phải|được|là|cần|sẽ|đã)\\s)[^,;.:()\\n]){0,80}$");

    private NotADeadline() {
    }

    /** Whether the phrase at folded characters [start, end) is one of the above. */
    static boolean applies(FoldedText text, int start, int end, DeadlineKind kind) {
        String before = text.folded().substring(Math.max(0, start - 30), start);
        if (kind != DeadlineKind.EXACT && kind != DeadlineKind.RECURRING && PRIORITY.matcher(before).find()) {
            return true;
        }
        if (kind == DeadlineKind.RECURRING) {
            int from = text.span(start, end).start();
            String original = text.original().substring(Math.max(0, from - 120), from);
            return TITLE.matcher(original).find();
        }
        return false;
    }
}
