package vn.nhiemvu.evaluation;

import vn.nhiemvu.shared.Message;

import java.util.Objects;

/**
 * The parameters an agency evaluates its tasks by. Two ways of counting run on the same data:
 * {@link Kind#CHI_THI_75} (the deadline that applies is the original one unless an extension was
 * requested before the cut-off and approved) and {@link Kind#GOVERNMENT_OFFICE} (the latest
 * approved deadline, however late it was asked for).
 *
 * @param dueSoonWorkingDays          a task not done with at most this many working days left is due soon
 * @param cutoffWorkingDaysBeforeDeadline where no directive fixes a cut-off, a request is timely if sent at least
 *                                    this many working days before the deadline in force
 * @param nonWorkingDeadlineExtends   a deadline on a non-working day is met by the end of the next working day
 *                                    (Civil Code Art. 148, by analogy)
 */
public record EvaluationPolicy(Kind kind, int dueSoonWorkingDays, int cutoffWorkingDaysBeforeDeadline,
        boolean nonWorkingDeadlineExtends) {

    public enum Kind {
        /** Chỉ thị 75/CT-BTTTT II.4: only timely, approved extensions move the deadline. */
        CHI_THI_75,
        /** The Government Office's counting: the latest approved deadline. */
        GOVERNMENT_OFFICE;

        public String code() {
            return "policy.kind." + name();
        }

        public String label() {
            return Message.of(code()).vietnamese();
        }
    }

    public EvaluationPolicy {
        Objects.requireNonNull(kind, "kind");
        if (dueSoonWorkingDays < 0 || cutoffWorkingDaysBeforeDeadline < 0) {
            throw new IllegalArgumentException("policy windows must not be negative");
        }
    }

    /** Our defaults: Chỉ thị 75, due soon within 5 working days, requests at least 5 working days ahead. */
    public static EvaluationPolicy defaults() {
        return new EvaluationPolicy(Kind.CHI_THI_75, 5, 5, true);
    }

    public EvaluationPolicy withKind(Kind other) {
        return new EvaluationPolicy(other, dueSoonWorkingDays, cutoffWorkingDaysBeforeDeadline,
                nonWorkingDeadlineExtends);
    }
}
