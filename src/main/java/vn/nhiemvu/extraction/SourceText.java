package vn.nhiemvu.extraction;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A received text made regular for the rules — Unicode NFC (decomposed Vietnamese diacritics
 * composed), no-break and odd spaces as plain spaces, zero-width characters and Markdown bold marks
 * ({@code **}) dropped, CR LF as LF — that remembers where each character came from, so a span found
 * in the regular text maps back to the exact stretch of what was received. Alongside it a folded copy
 * (lower case, no diacritics, đ as d) of the same length, for accent-insensitive rules.
 */
final class SourceText {

    private final String original;
    private final String text;
    private final String folded;
    /** For each character of {@code text}: where its source starts and ends in the original. */
    private final int[] starts;
    private final int[] ends;

    private SourceText(String original, String text, String folded, int[] starts, int[] ends) {
        this.original = original;
        this.text = text;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    static SourceText of(String original) {
        int n = original.length();
        var out = new StringBuilder(n);
        int[] starts = new int[n + 1];
        int[] ends = new int[n + 1];
        int i = 0;
        while (i < n) {
            char c = original.charAt(i);
            if (c == '*' && i + 1 < n && original.charAt(i + 1) == '*') {
                int j = i;
                while (j < n && original.charAt(j) == '*') {
                    j++;
                }
                // bold marks between two letters stood for a line break or a space in the page ("THỊ****Về")
                if (out.length() > 0 && j < n && Character.isLetterOrDigit(out.charAt(out.length() - 1))
                        && Character.isLetterOrDigit(original.charAt(j)) && i > 0
                        && Character.isLetterOrDigit(original.charAt(i - 1))) {
                    append(out, starts, ends, ' ', i, j);
                }
                i = j;
                continue;
            }
            if (c == '\r') {
                int j = i + 1 < n && original.charAt(i + 1) == '\n' ? i + 2 : i + 1;
                append(out, starts, ends, '\n', i, j);
                i = j;
                continue;
            }
            if (isInvisible(c)) {
                i++;
                continue;
            }
            if (c == '\u00a0' || c == '\u2007' || c == '\u202f' || c == '\u2009' || c == '\u200a' || c == '\u3000'
                    || c == '\u000b' || c == '\u000c') {
                append(out, starts, ends, ' ', i, i + 1);
                i++;
                continue;
            }
            if (c == '\u2028' || c == '\u2029') {
                append(out, starts, ends, '\n', i, i + 1);
                i++;
                continue;
            }
            // a base character and the combining marks after it are composed together
            int j = i + Character.charCount(original.codePointAt(i));
            while (j < n && isMark(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            String cluster = original.substring(i, j);
            String composed = Normalizer.isNormalized(cluster, Normalizer.Form.NFC) ? cluster
                    : Normalizer.normalize(cluster, Normalizer.Form.NFC);
            for (int k = 0; k < composed.length(); k++) {
                append(out, starts, ends, composed.charAt(k), i, j);
            }
            i = j;
        }
        String text = out.toString();
        return new SourceText(original, text, fold(text), Arrays.copyOf(starts, text.length()),
                Arrays.copyOf(ends, text.length()));
    }

    private static void append(StringBuilder out, int[] starts, int[] ends, char c, int from, int to) {
        starts[out.length()] = from;
        ends[out.length()] = to;
        out.append(c);
    }

    private static boolean isInvisible(char c) {
        return c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\u2060' || c == '\ufeff' || c == '\u00ad';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /** One folded character per character: lower case, no diacritics, đ as d. */
    static String fold(String text) {
        char[] chars = new char[text.length()];
        for (int i = 0; i < chars.length; i++) {
            chars[i] = foldChar(text.charAt(i));
        }
        return new String(chars);
    }

    /** Up to U+1FFF: Latin with the Vietnamese letters that carry two marks (U+1EA0–U+1EF9). */
    private static final char[] FOLDED = new char[0x2000];

    static {
        for (char c = 0; c < FOLDED.length; c++) {
            char f;
            if (c == 'đ' || c == 'Đ') {
                f = 'd';
            } else {
                String d = Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD);
                f = Character.toLowerCase(d.isEmpty() ? c : d.charAt(0));
            }
            FOLDED[c] = f;
        }
    }

    private static char foldChar(char c) {
        if (c < FOLDED.length) {
            return FOLDED[c];
        }
        return Character.toLowerCase(c);
    }

    String original() {
        return original;
    }

    String text() {
        return text;
    }

    String folded() {
        return folded;
    }

    int length() {
        return text.length();
    }

    /** Where [start, end) of the regular text lies in the original. */
    int originalStart(int start) {
        if (text.isEmpty()) {
            return 0;
        }
        return start >= starts.length ? original.length() : starts[start];
    }

    int originalEnd(int end) {
        if (end <= 0) {
            return 0;
        }
        return ends[Math.min(end, ends.length) - 1];
    }
}
