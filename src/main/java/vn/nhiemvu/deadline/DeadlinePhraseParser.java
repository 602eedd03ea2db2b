package vn.nhiemvu.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;

import vn.nhiemvu.calendar.WorkingCalendar;

/**
 * Reads the deadline in a Vietnamese directive's wording, following DOMAIN.md §2: "trước ngày
 * 30/9/2020" → 30/9/2020 (EXACT; agencies record the named date), "trong quý III năm 2020" →
 * 30/9/2020 (END_OF_QUARTER), "trong 10 ngày làm việc kể từ ngày 05/10/2020" → ten working days
 * counted from the day after (RELATIVE), "hằng tháng" → the next instance (RECURRING), "thường
 * xuyên" → no date (ONGOING). Accents and case do not matter ("quy III nam 2020" is the same), and
 * the phrase may sit inside a longer sentence: its span is reported.
 *
 * <p>How a phrase is chosen when a text holds several: every rule below proposes candidates; a
 * candidate inside a longer one is dropped ("tháng 9 năm 2020" inside "ngày 30 tháng 9 năm 2020");
 * a date right after a document number ("Quyết định số 749/QĐ-TTg ngày 03/6/2020") is a citation,
 * not a deadline, nor is a priority period or a period inside a title ({@link NotADeadline}); then a phrase with a deadline word ("trước", "chậm nhất", "hoàn thành", "trong",
 * "đến", "cuối", "giai đoạn"…) beats a bare one, a more precise kind beats a coarser one (EXACT,
 * RELATIVE, RECURRING, WEEK, month, quarter, half, year, period, ONGOING), and the earlier beats the
 * later. If the winner is a phrase the parser recognises but cannot date — an impossible date
 * (31/2/2020), "trước tháng 12" or "đầu năm 2021", N days "kể từ ngày nhận được hồ sơ" — the answer
 * is NOT_UNDERSTOOD rather than a neighbouring guess.
 *
 * <p>A phrase without a year takes the reference's year, or the next year if that deadline is
 * already before the reference; the reference is the date of the document. Plain Java, immutable
 * and thread-safe; the working calendar is only asked for working days and weeks. The rules are
 * {@link DeadlineRules}, over the patterns of {@link DeadlinePatterns}; each proposes a {@link PhraseCandidate}.
 */
public final class DeadlinePhraseParser {

    /** Years the parser accepts; anything else in a directive is a typo, not a deadline. */
    static final int MIN_YEAR = 1900;
    static final int MAX_YEAR = 2199;

    /**
     * The deadline in {@code text}, or {@link DeadlinePhrase#NOT_UNDERSTOOD}. Never throws for any
     * text (null included); the span always lies inside the text.
     *
     * @param reference the date of the document the text comes from: phrases without a year, "trong
     *                  vòng N ngày", "trong tuần" and recurrences count from it
     * @param calendar  working days, for "N ngày làm việc", weeks and weekly recurrences
     */
    public DeadlinePhrase parse(String text, LocalDate reference, WorkingCalendar calendar) {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(calendar, "calendar");
        if (text == null || text.isBlank()) {
            return DeadlinePhrase.NOT_UNDERSTOOD;
        }
        FoldedText folded = FoldedText.of(text);
        var scan = new PhraseScan(folded, reference, calendar);
        var candidates = new ArrayList<PhraseCandidate>();
        for (DeadlineRules.Rule rule : DeadlineRules.RULES) {
            Matcher m = rule.pattern().matcher(scan.text());
            while (m.find()) {
                PhraseCandidate candidate = rule.reader().read(m, scan);
                if (candidate != null) {
                    candidates.add(NotADeadline.applies(folded, candidate) ? candidate.setAside() : candidate);
                }
            }
        }
        PhraseCandidate best = choose(candidates);
        if (best == null || best.standing() != PhraseCandidate.Standing.UNDERSTOOD) {
            return DeadlinePhrase.NOT_UNDERSTOOD;
        }
        return new DeadlinePhrase.Understood(best.date(), best.kind(), folded.span(best.start(), best.end()),
                best.recurrence(), best.normalized());
    }

    // --- choosing among candidates ---

    private static final Comparator<PhraseCandidate> PREFERENCE = Comparator.comparing((PhraseCandidate c) -> !c.marked())
            .thenComparingInt(c -> rank(c.kind()))
            .thenComparingInt(PhraseCandidate::start);

    private static PhraseCandidate choose(List<PhraseCandidate> candidates) {
        var kept = new ArrayList<PhraseCandidate>();
        for (int i = 0; i < candidates.size(); i++) {
            PhraseCandidate c = candidates.get(i);
            boolean covered = false;
            for (int j = 0; j < candidates.size() && !covered; j++) {
                if (i != j) {
                    covered = covers(candidates.get(j), c, j < i);
                }
            }
            if (!covered && c.standing() != PhraseCandidate.Standing.CITATION
                    && c.standing() != PhraseCandidate.Standing.SET_ASIDE) {
                kept.add(c);
            }
        }
        return kept.stream().min(PREFERENCE).orElse(null);
    }

    /** Whether {@code other} makes {@code c} redundant: it is longer and holds it, or the same stretch read better. */
    private static boolean covers(PhraseCandidate other, PhraseCandidate c, boolean otherFirst) {
        if (other.start() > c.start() || other.end() < c.end()) {
            return false;
        }
        if (other.end() - other.start() > c.end() - c.start()) {
            return true;
        }
        int byStanding = Integer.compare(other.standing().ordinal(), c.standing().ordinal());
        if (byStanding != 0) {
            return byStanding < 0;
        }
        int byRank = Integer.compare(rank(other.kind()), rank(c.kind()));
        return byRank != 0 ? byRank < 0 : otherFirst;
    }

    private static int rank(DeadlineKind kind) {
        return switch (kind) {
            case EXACT -> 0;
            case RELATIVE -> 1;
            case RECURRING -> 2;
            case WEEK -> 3;
            case END_OF_MONTH -> 4;
            case END_OF_QUARTER -> 5;
            case END_OF_HALF -> 6;
            case END_OF_YEAR -> 7;
            case END_OF_PERIOD -> 8;
            case ONGOING -> 9;
        };
    }
}
