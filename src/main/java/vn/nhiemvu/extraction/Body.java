package vn.nhiemvu.extraction;

import java.util.Locale;

import vn.nhiemvu.deadline.Span;
import vn.nhiemvu.extraction.Outline.Line;

/**
 * The stretch of a document the readers work on: its text, its outline and the lines [bodyStart,
 * bodyEnd) between the header and the signature (or those of an attachment). Items above
 * {@code bodyStart} belong to the header ("Kính gửi: - …"): never headings of the body; items from
 * {@code bodyEnd} on are Nơi nhận and signature: never children of the body's items.
 */
final class Body {

    final SourceText source;
    final Outline outline;
    final Parties parties;
    final int bodyStart;
    final int bodyEnd;

    Body(SourceText source, Outline outline, Parties parties, int bodyStart, int bodyEnd) {
        this.source = source;
        this.outline = outline;
        this.parties = parties;
        this.bodyStart = bodyStart;
        this.bodyEnd = bodyEnd;
    }

    String text(Line line) {
        return source.text().substring(line.start, line.end);
    }

    String folded(Line line) {
        return source.folded().substring(line.start, line.end);
    }

    /** The end of [start, end) without the list punctuation it ends with. */
    int trimmedEnd(int start, int end) {
        while (end > start && ";.,:".indexOf(source.text().charAt(end - 1)) >= 0) {
            end--;
        }
        return end;
    }

    /** The span in the text as received of [start, end) of the normalised text. */
    Span span(int start, int end) {
        int s = source.originalStart(start);
        return new Span(s, Math.max(s, source.originalEnd(end)));
    }

    static boolean isDescendant(Line line, Line ancestor) {
        for (Line l = line.parent; l != null; l = l.parent) {
            if (l == ancestor) {
                return true;
            }
        }
        return false;
    }

    static Line root(Line line) {
        Line top = line;
        while (top.parent != null) {
            top = top.parent;
        }
        return top;
    }

    static boolean isCapitals(String s) {
        return s.chars().anyMatch(Character::isLetter) && s.equals(s.toUpperCase(Locale.ROOT));
    }

    /** Single spaces, no trailing list punctuation. */
    static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip().replaceAll("[\\s;,:]+$", "");
    }
}
