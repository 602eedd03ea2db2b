package vn.nhiemvu.deadline;

import java.time.LocalDate;
import java.util.Objects;

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
     * @param normalizedText what was understood, in standard Vietnamese ("ngày 30/09/2020", "cuối quý III/2020")
     */
    record Understood(LocalDate date, DeadlineKind kind, Span span, Recurrence recurrence, String normalizedText)
            implements DeadlinePhrase {

        public Understood {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(normalizedText, "normalizedText");
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
    }

    record NotUnderstood() implements DeadlinePhrase {

        @Override
        public boolean understood() {
            return false;
        }
    }
}
