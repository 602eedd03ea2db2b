package vn.nhiemvu.extraction;

import java.time.LocalDate;
import java.util.regex.Pattern;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlineKind;
import vn.nhiemvu.deadline.DeadlinePhrase;
import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.extraction.Extraction.Deadline;

/**
 * The deadline of a stretch of text. A date, month, quarter or year inside a clause counts only with a
 * deadline word before it ("trước", "trong", "hoàn thành"…): "Chương trình công tác năm 2020" names a
 * programme, not a deadline. In a deadline cell or after "Thời gian:" every phrase counts.
 */
final class DeadlineReader {

    /** Words that make a date in a clause a deadline rather than a mention. */
    private static final Pattern DEADLINE_WORD = Pattern.compile("(?<![a-z])(?:truoc|cham nhat|muon nhat|trong|den|hoan thanh"
            + "|xong|han|cuoi|het|ket thuc|giai doan|vao|ke tu|tu nay)(?![a-z])");
    private static final Pattern BARE_YEAR = Pattern.compile("\\s*\\d{4}\\s*");

    private final DeadlinePhraseParser deadlines;
    private final Body body;
    private final WorkingCalendar calendar;
    /** The date deadlines count from: the document's date, else the caller's. */
    private final LocalDate reference;

    DeadlineReader(DeadlinePhraseParser deadlines, Body body, WorkingCalendar calendar, LocalDate reference) {
        this.deadlines = deadlines;
        this.body = body;
        this.calendar = calendar;
        this.reference = reference;
    }

    /** The deadline a clause in [start, end) states, or {@link Deadline#NONE}. */
    Deadline inClause(int start, int end) {
        return parse(start, end, false);
    }

    /** The deadline of a time cell or statement ("Thời gian thực hiện: Tháng 12/2013"), or {@link Deadline#NONE}. */
    Deadline inCell(int start, int end) {
        return parse(start, end, true);
    }

    private Deadline parse(int start, int end, boolean cell) {
        SourceText source = body.source;
        String piece = source.text().substring(start, end);
        if (cell && BARE_YEAR.matcher(piece).matches()) {
            // a time column holds "2023" alone: the year, as "năm 2023" would be read
            DeadlinePhrase year = deadlines.parse("năm " + piece.strip(), reference, calendar);
            if (year instanceof DeadlinePhrase.Understood y) {
                return new Deadline(y.date(), y.kind(), piece.strip(), body.span(start, end), null);
            }
        }
        // the parser names one phrase; when that one is no deadline here (a bare date in a clause, or
        // "thường xuyên" beside a date in a time statement), the rest of the text is asked again
        Deadline undated = Deadline.NONE;
        char[] rest = piece.toCharArray();
        for (int attempt = 0; attempt < 6; attempt++) {
            if (!(deadlines.parse(new String(rest), reference, calendar) instanceof DeadlinePhrase.Understood u)) {
                break;
            }
            int s = start + u.span().start();
            int e = start + u.span().end();
            Deadline found = new Deadline(u.date(), u.kind(), source.text().substring(s, e), body.span(s, e), u.recurrence());
            boolean dated = u.kind() != DeadlineKind.ONGOING && u.kind() != DeadlineKind.RECURRING;
            if (u.kind() == DeadlineKind.RELATIVE) {
                return found;
            }
            if (!dated) {
                if (!cell) {
                    return found;
                }
                undated = undated.kind() == null ? found : undated;
            } else if (cell || DEADLINE_WORD.matcher(source.folded().substring(Math.max(start, s - 20), Math.min(e, s + 14))).find()) {
                return found;
            }
            java.util.Arrays.fill(rest, u.span().start(), u.span().end(), ' ');
        }
        return undated;
    }
}
