package vn.nhiemvu.shared;

/**
 * Text written to a file a spreadsheet opens (CSV) must not be read as a formula: a cell that
 * starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as OWASP
 * advises against CSV injection. (An xlsx text cell is typed as text, so it needs no such prefix.)
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    public static String neutralized(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
            default -> text;
        };
    }

    /** The value itself, or for text its neutralized form. */
    public static Object cell(Object value) {
        return value instanceof CharSequence text ? neutralized(text.toString()) : value;
    }
}
