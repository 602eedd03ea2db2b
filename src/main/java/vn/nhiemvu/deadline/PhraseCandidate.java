package vn.nhiemvu.deadline;

import java.time.LocalDate;

import vn.nhiemvu.shared.Message;

/** A phrase one rule found, in folded-text offsets. */
record PhraseCandidate(int start, int end, Standing standing, boolean marked, DeadlineKind kind, LocalDate date,
        Recurrence recurrence, Message normalized) {

    /**
     * How a candidate stands: understood, recognised but not datable (so not understood), a citation, or set aside
     * as no deadline ({@link NotADeadline}); the last two are never chosen but still hide the phrases inside them.
     */
    enum Standing {
        UNDERSTOOD, REFUSED, CITATION, SET_ASIDE
    }

    static PhraseCandidate of(int start, int end, boolean marked, DeadlineKind kind, LocalDate date, Recurrence recurrence,
            Message normalized) {
        return new PhraseCandidate(start, end, Standing.UNDERSTOOD, marked, kind, date, recurrence, normalized);
    }

    static PhraseCandidate refused(int start, int end, boolean marked, DeadlineKind kind) {
        return new PhraseCandidate(start, end, Standing.REFUSED, marked, kind, null, null, null);
    }

    PhraseCandidate setAside() {
        return new PhraseCandidate(start, end, Standing.SET_ASIDE, marked, kind, null, null, null);
    }

    static PhraseCandidate citation(int start, int end, DeadlineKind kind) {
        return new PhraseCandidate(start, end, Standing.CITATION, false, kind, null, null, null);
    }
}
