package vn.nhiemvu.measurement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.Message;

/**
 * A measured value as the responsible unit enters it: the period (a key of the indicator's frequency in its year,
 * begun by today), the value, its source, its evidence, and — when the period already has a value — why it is
 * corrected. Checked in plain Java, every error at once.
 */
public record ValueDraft(String period, BigDecimal value, String source, String evidence, String correction) {

    static final int SOURCE_MAX = 300;
    static final int TEXT_MAX = 1000;

    public ValueDraft {
        period = period == null ? null : period.strip().toUpperCase();
        source = blankToNull(source);
        evidence = blankToNull(evidence);
        correction = blankToNull(correction);
    }

    /**
     * The recording period the value is for, or a 400.
     *
     * @param measured the keys of the periods that already have a value
     */
    public Frequency.Period check(Indicator indicator, Set<String> measured, LocalDate today) {
        var errors = new InvalidInputException.Collector();
        Frequency.Period p = indicator.frequency().period(indicator.periodYear(), period).orElse(null);
        if (p == null) {
            errors.add("period", Message.of("invalid.measurement.period.invalid", period == null ? "" : period,
                    Message.of(indicator.frequency().code()), indicator.periodYear()));
        } else if (p.from().isAfter(today)) {
            errors.add("period", Message.of("invalid.measurement.period.future", p.key()));
        }
        if (value == null) {
            errors.add("value", Message.of("invalid.measurement.value.required"));
        } else if (!Measures.fits(value)) {
            errors.add("value", Message.of("invalid.measurement.value.range"));
        }
        if (source == null) {
            errors.add("source", Message.of("invalid.measurement.source.required"));
        } else if (source.length() > SOURCE_MAX) {
            errors.add("source", Message.of("invalid.measurement.source.too-long", SOURCE_MAX));
        }
        if (evidence != null && evidence.length() > TEXT_MAX) {
            errors.add("evidence", Message.of("invalid.measurement.evidence.too-long", TEXT_MAX));
        }
        if (p != null && measured.contains(p.key()) && correction == null) {
            errors.add("correction", Message.of("invalid.measurement.correction.required", p.key()));
        } else if (correction != null && correction.length() > TEXT_MAX) {
            errors.add("correction", Message.of("invalid.measurement.correction.too-long", TEXT_MAX));
        }
        errors.throwIfAny();
        return p;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
