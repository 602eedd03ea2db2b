package vn.nhiemvu.measurement;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.identity.ApiTokens;
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

    /**
     * Records a value that arrived through the channel ({@link ValueChannel#FORM} is {@link #record}); the reference
     * names the token for {@link ValueChannel#TOKEN}. An indicator computed from tasks takes no value from outside.
     */
    IndicatorView record(CurrentUser user, String code, ValueDraft draft, ValueChannel channel, String channelRef);

    /**
     * A token for another system to push the indicator's values (ADR 0051): it acts as the user, only to read this
     * indicator and record its values ({@link MeasurementPermissions.Action#RECORD_VALUE}; not for an indicator
     * computed from tasks). Its secret is in the answer only.
     */
    ApiTokens.IssuedToken issueToken(CurrentUser user, String code, String name);

    /** The unrevoked tokens scoped to the indicator ({@link MeasurementPermissions.Action#RECORD_VALUE}). */
    List<ApiTokens.TokenInfo> tokens(CurrentUser user, String code);

    /**
     * Revokes one of the indicator's tokens that the user issued ({@link MeasurementPermissions.Action#RECORD_VALUE});
     * another's token, or one of another indicator, is a 404 (its owner revokes it); audited.
     */
    void revokeToken(CurrentUser user, String code, long tokenId);

    /**
     * The agency's indicators whose standing today is {@link IndicatorStatus#AT_RISK} (the forecast misses the
     * target), for the early warning; no user's scope: the monitoring sweep asks for the agency.
     */
    List<AtRisk> atRisk(long agencyId, LocalDate today);

    /**
     * Recomputes the agency's indicators computed from tasks now (the daily sweep: a task becomes overdue as days
     * pass, with no change to tell); how many values were added.
     */
    int recomputeFromTasks(long agencyId);

    /**
     * An indicator at risk as the warning names it.
     *
     * @param period the latest period measured: one warning per indicator and period
     */
    record AtRisk(long indicatorId, String code, String name, String unitOfMeasure, long ownerUnitId,
            java.math.BigDecimal target, java.math.BigDecimal forecast, LocalDate yearEnd, String period) {
    }
}
