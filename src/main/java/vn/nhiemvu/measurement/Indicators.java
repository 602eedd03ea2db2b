package vn.nhiemvu.measurement;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The indicators' API (ADR 0046): the user's agency's indicators, read by every staff account; defined by the Office,
 * measured by the responsible unit ({@link MeasurementPermissions}). "As of" a date reads only the values recorded by
 * the end of that day, so a past standing is reproducible after later corrections.
 */
public interface Indicators {

    /**
     * The agency's indicators of the year (null: every year) and of the area (null: every area; an unknown code is a
     * 400 on {@code area}), each as of the date (null: today), by area then code.
     */
    List<IndicatorView> list(CurrentUser user, Integer year, String area, LocalDate asOf);

    /** One indicator as of the date (null: today); 404 when the agency has none with the code. */
    IndicatorView get(CurrentUser user, String code, LocalDate asOf);

    /** A new indicator ({@link MeasurementPermissions.Action#DEFINE_INDICATOR}); audited. */
    IndicatorView create(CurrentUser user, IndicatorDraft draft);

    /** Replaces the indicator's definition; its values stay ({@link MeasurementPermissions.Action#DEFINE_INDICATOR}); audited. */
    IndicatorView update(CurrentUser user, String code, IndicatorDraft draft);

    /**
     * Records a value for a period ({@link MeasurementPermissions.Action#RECORD_VALUE}); a second value for the same
     * period is a correction and needs its reason; nothing is overwritten; audited.
     */
    IndicatorView record(CurrentUser user, String code, ValueDraft draft);
}
