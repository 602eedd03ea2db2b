package vn.nhiemvu.deadline;

import java.time.LocalDate;
import java.util.Objects;

import vn.nhiemvu.shared.Message;

/**
 * What {@link DeadlinePhraseParser} made of a text: a deadline it understood, or
 * {@link #NOT_UNDERSTOOD}. There is no third answer: a phrase that is only half understood is not
 * understood, so that nobody works to a guessed date.
 */
public sealed interface DeadlinePhrase permits DeadlinePhrase.Understood, DeadlinePhrase.NotUnderstood {

    NotUnderstood NOT_UNDERSTOOD = new NotUnderstood();

    boolean understood();

    /**
     * @param date           the deadline; null only for ONGOING (and, in principle, RECURRING)
     * @param span           where the phrase lies in the original text
     * @param recurrence     for RECURRING only
     * @param summary        what was understood, in standard words ("ngày 30/09/2020", "cuối quý III/2020"; in
     *                       English "30/09/2020", "end of quarter III/2020"), worded from the bundles (ADR 0033)
     */
    record Understood(LocalDate date, DeadlineKind kind, Span span, Recurrence recurrence, Message summary)
            implements DeadlinePhrase {

        public Understood {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(summary, "summary");
            if (date == null && kind != DeadlineKind.ONGOING && kind != DeadlineKind.RECURRING) {
                throw new IllegalArgumentException(kind + " needs a date");
            }
            if ((recurrence != null) != (kind == DeadlineKind.RECURRING)) {
                throw new IllegalArgumentException("a recurrence goes with RECURRING and only with it");
            }
        }

        @Override
        public boolean understood() {
            return true;
        }

        /** The summary in Vietnamese, as the API and the stored records give it. */
        public String normalizedText() {
            return summary.vietnamese();
        }
    }

    record NotUnderstood() implements DeadlinePhrase {

        @Override
        public boolean understood() {
            return false;
        }
    }
}
