package vn.nhiemvu.deadline;

import java.text.Normalizer;
import java.util.Arrays;

/**
 * A text folded for matching — lower case, no diacritics, đ as d, every space a plain space, every
 * dash a hyphen — that remembers where each folded character came from, so that a match in the
 * folded text maps back to the exact stretch of the original. Unlike {@code shared.Text.fold} it
 * keeps one folded character per original letter and does not collapse spaces.
 */
final class FoldedText {

    private final String original;
    private final String folded;
    /** For each folded character: where its original code point starts and ends. */
    private final int[] starts;
    private final int[] ends;
    private final boolean accented;

    private FoldedText(String original, String folded, int[] starts, int[] ends) {
        this.original = original;
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
        this.accented = original.codePoints().anyMatch(FoldedText::isAccented);
    }

    static FoldedText of(String original) {
        var folded = new StringBuilder(original.length());
        int[] starts = new int[original.length() + 8];
        int[] ends = new int[original.length() + 8];
        int i = 0;
        while (i < original.length()) {
            int cp = original.codePointAt(i);
            int next = i + Character.charCount(cp);
            String piece = fold(cp);
            for (int k = 0; k < piece.length(); k++) {
                if (folded.length() == starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    ends = Arrays.copyOf(ends, ends.length * 2);
                }
                starts[folded.length()] = i;
                ends[folded.length()] = next;
                folded.append(piece.charAt(k));
            }
            i = next;
        }
        return new FoldedText(original, folded.toString(), starts, ends);
    }

    String original() {
        return original;
    }

    String folded() {
        return folded;
    }

    /**
     * Whether the text is written with Vietnamese accents. If it is, folding has merged words the
     * accents keep apart ("năm" year / "Nam" south, "sau" after / "sáu" six), and a reader should
     * check those words in the original.
     */
    boolean accented() {
        return accented;
    }

    /** The original behind folded characters [start, end), composed (NFC) and in lower case. */
    String originalLower(int start, int end) {
        Span span = span(start, end);
        return Normalizer.normalize(original.substring(span.start(), span.end()), Normalizer.Form.NFC)
                .toLowerCase(java.util.Locale.ROOT);
    }

    /**
     * The span of the original text behind folded characters [start, end): from the first one's
     * code point to the last one's, plus any combining marks that follow it (text in NFD form).
     */
    Span span(int start, int end) {
        if (start >= end) {
            int at = start < folded.length() ? starts[start] : original.length();
            return new Span(at, at);
        }
        int from = starts[start];
        int to = ends[end - 1];
        while (to < original.length() && isMark(original.codePointAt(to))) {
            to += Character.charCount(original.codePointAt(to));
        }
        return new Span(from, to);
    }

    private static String fold(int cp) {
        if (cp == 'đ' || cp == 'Đ' || cp == 'Ð' || cp == 'ð') {
            return "d";
        }
        if (Character.isWhitespace(cp) || Character.isSpaceChar(cp)) {
            return " ";
        }
        if (cp == 0x2212 || (cp >= 0x2010 && cp <= 0x2015)) {
            return "-";
        }
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        String decomposed = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFD);
        var bare = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(c -> !isMark(c)).map(Character::toLowerCase).forEach(bare::appendCodePoint);
        return bare.toString();
    }

    /** A letter with a diacritic that folds to a plain Latin letter (à, ệ, đ…), or a combining accent. */
    private static boolean isAccented(int cp) {
        if (cp >= 0x0300 && cp <= 0x036F) {
            return true;
        }
        if (cp < 0xC0 || !Character.isLetter(cp)) {
            return false;
        }
        String folded = fold(cp);
        return folded.length() == 1 && folded.charAt(0) >= 'a' && folded.charAt(0) <= 'z';
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
