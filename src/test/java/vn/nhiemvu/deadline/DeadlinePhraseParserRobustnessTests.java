package vn.nhiemvu.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.support.WeekendCalendar;

/**
 * The parser on 100,000 generated strings: pieces of real deadline wording (with and without
 * accents, any case), numbers near the edges of the calendar, separators and junk (combining marks,
 * emoji, control characters, other scripts). It must never throw, every span must lie inside the
 * text without splitting a character, and what it matched must mean the same on its own.
 *
 * <p>A seeded {@link Random} rather than jqwik: jqwik 1.10.1 is built on JUnit Platform 1.14 while
 * this build runs Platform 6, and its maintainers ask that it not be used by coding agents. The
 * seed is fixed so a failure can be replayed; the failing input is printed.
 */
class DeadlinePhraseParserRobustnessTests {

    private static final long SEED = 20201103L;
    private static final int STRINGS = 100_000;

    private static final List<String> WORDS = List.of("ngày", "ngay", "NGÀY", "tháng", "thang", "năm", "nam", "quý",
            "quy", "trước", "truoc", "chậm nhất", "cham nhat", "muộn nhất", "hoàn thành", "hoan thanh", "đến", "den",
            "đến hết", "hết", "trong", "trong vòng", "trong thời hạn", "không quá", "kể từ", "ke tu", "tính từ", "từ",
            "sau khi", "sau", "làm việc", "lam viec", "tuần", "tuan", "này", "tới", "toi", "hằng", "hàng", "hang", "mỗi",
            "định kỳ", "dinh ky", "một lần", "lần", "đầu", "cuối", "cuoi", "giữa", "nửa", "giai đoạn", "thời kỳ",
            "thứ Sáu", "thứ 2", "chủ nhật", "thường xuyên", "liên tục", "kịp thời", "hằng ngày", "thời hạn", "hạn chót",
            "là", "vào", "của", "báo cáo", "ký", "ban hành", "số", "QĐ-TTg", "NQ-CP", "/QĐ-TTg", "(mười lăm)", "(sáu)",
            "I", "II", "III", "IV", "V", "giờ", "h", "phút", "6 tháng", "6 tháng đầu năm", "quý III năm 2020",
            "ngày 30 tháng 9 năm 2020", "trước ngày 15 hằng tháng", "31/2/2020", "29/2", "sớm", "khi có yêu cầu");
    private static final List<String> NUMBERS = List.of("0", "00", "1", "01", "2", "3", "4", "6", "06", "7", "9", "10",
            "12", "13", "15", "28", "29", "30", "31", "32", "99", "100", "999", "1000", "1800", "1899", "1900", "2020",
            "2021", "2024", "2025", "2199", "2200", "9999", "12345", "0383.199.885");
    private static final List<String> SEPARATORS = List.of(" ", " ", " ", "  ", "\n", "\t", "\u00a0", "/", "/", "-",
            "–", "—", ".", ",", ";", ":", "(", ")", "%", "\"", "\u200b");
    private static final String JUNK = "\u0301\u0300\u0323\u0309\u0303Ð\u0130ßø€\u0000\u001f\uFFFDабв中文😀🗓️ا";

    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();
    private final WeekendCalendar calendar = new WeekendCalendar();

    @Test
    void neverThrowsAndEverySpanLiesInsideTheText() {
        var random = new Random(SEED);
        int understood = 0;
        for (int i = 0; i < STRINGS; i++) {
            String text = generate(random);
            LocalDate reference = LocalDate.of(1990 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            try {
                if (check(text, reference)) {
                    understood++;
                }
            } catch (Throwable e) {
                fail("input #" + i + " " + quote(text) + " as of " + reference + ": " + e, e);
            }
        }
        // the generator must also reach the interesting paths, not only junk
        assertThat(understood).isGreaterThan(STRINGS / 10);
    }

    private boolean check(String text, LocalDate reference) {
        DeadlinePhrase result = parser.parse(text, reference, calendar);
        if (!(result instanceof DeadlinePhrase.Understood u)) {
            return false;
        }
        Span span = u.span();
        assertThat(span.start()).isNotNegative();
        assertThat(span.end()).isGreaterThan(span.start()).isLessThanOrEqualTo(text.length());
        assertThat(Character.isLowSurrogate(text.charAt(span.start()))).as("starts inside a character").isFalse();
        assertThat(span.end() < text.length() && Character.isLowSurrogate(text.charAt(span.end())))
                .as("ends inside a character").isFalse();
        assertThat(u.date() != null || u.kind() == DeadlineKind.ONGOING).as("only ONGOING has no date").isTrue();

        // what was matched is a phrase in itself: alone it means the same
        DeadlinePhrase alone = parser.parse(span.of(text), reference, calendar);
        assertThat(alone).as("%s alone", quote(span.of(text))).isInstanceOf(DeadlinePhrase.Understood.class);
        assertThat(((DeadlinePhrase.Understood) alone).date()).as("%s alone", quote(span.of(text))).isEqualTo(u.date());
        assertThat(((DeadlinePhrase.Understood) alone).kind()).as("%s alone", quote(span.of(text))).isEqualTo(u.kind());
        return true;
    }

    private static String generate(Random random) {
        var text = new StringBuilder();
        int pieces = 1 + random.nextInt(16);
        for (int p = 0; p < pieces; p++) {
            String piece = switch (random.nextInt(10)) {
                case 0, 1, 2, 3 -> pick(WORDS, random);
                case 4, 5, 6 -> pick(NUMBERS, random);
                case 7, 8 -> pick(SEPARATORS, random);
                default -> junk(random);
            };
            if (random.nextInt(8) == 0) {
                piece = piece.toUpperCase();
            }
            text.append(piece);
            if (random.nextInt(3) > 0) {
                text.append(' ');
            }
        }
        return text.toString();
    }

    private static String junk(Random random) {
        int[] codePoints = JUNK.codePoints().toArray();
        var junk = new StringBuilder();
        for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            junk.appendCodePoint(random.nextInt(4) == 0 ? random.nextInt(0x3000) : codePoints[random.nextInt(codePoints.length)]);
        }
        return junk.toString();
    }

    private static String pick(List<String> list, Random random) {
        return list.get(random.nextInt(list.size()));
    }

    private static String quote(String text) {
        var quoted = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF)) {
                quoted.append(String.format("\\u%04x", c));
            } else {
                quoted.appendCodePoint(c);
            }
        });
        return quoted.append('"').toString();
    }
}
