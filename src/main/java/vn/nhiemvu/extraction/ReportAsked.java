package vn.nhiemvu.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The report a task asks for, as its product when no "Sản phẩm:" is stated (issue 19): "báo cáo Thủ
 * tướng Chính phủ trước ngày 30/6" → "báo cáo Thủ tướng Chính phủ"; "chuẩn bị báo cáo tổng kết công tác
 * năm 2026 (theo đề cương …), gửi về Bộ" → "báo cáo tổng kết công tác năm 2026". The words run from
 * "báo cáo" to a punctuation mark, a time or a sending word, at most sixteen words.
 */
final class ReportAsked {

    private static final Pattern REPORT = Pattern.compile("(?<![a-z])bao cao(?![a-z])");
    /**
     * Where the report's words end; the comma of "phòng, chống" is inside a name ("Kế hoạch phòng, chống dịch"), and
     * "vấn đề" is no "để".
     */
    private static final Pattern STOP = Pattern.compile(",(?!\\s*chong(?![a-z]))|[;:.()\\n]"
            + "|\\s(?:gui|truoc|trong|cham nhat|muon nhat|theo|dong thoi|ve (?:bo|van phong|so|uy ban|cuc|vu)|tai|khi|neu"
            + "|truoc khi)(?![a-z])|(?<!van)\\sde(?![a-z])");
    private static final int MAX_WORDS = 16;

    private ReportAsked() {
    }

    /** The report asked in [start, end) of the text, or null. */
    static String in(SourceText source, int start, int end) {
        Matcher report = REPORT.matcher(source.folded()).region(start, end);
        if (!report.find()) {
            return null;
        }
        Matcher stop = STOP.matcher(source.folded()).region(report.end(), end);
        int to = stop.find() ? stop.start() : end;
        String words = Body.clean(source.text().substring(report.start(), to));
        String[] split = words.split(" ");
        if (split.length > MAX_WORDS) {
            words = String.join(" ", java.util.Arrays.copyOf(split, MAX_WORDS));
        }
        return words;
    }
}
