package vn.nhiemvu.deadline;

/**
 * Where a phrase lies in the text it was found in: UTF-16 offsets into the original string, start
 * included, end excluded, as {@link String#substring(int, int)} takes them.
 */
public record Span(int start, int end) {

    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
        }
    }

    /** The part of {@code text} this span covers. */
    public String of(String text) {
        return text.substring(start, end);
    }
}
