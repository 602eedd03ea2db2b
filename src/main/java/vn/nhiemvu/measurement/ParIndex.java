package vn.nhiemvu.measurement;

import java.math.BigDecimal;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The PAR index's API (ADR 0046): its structure per year as data, kept by the Office; each criterion self-assessed by
 * its responsible unit (or the Office) with evidence; the year's sheet with the total. Read by every staff account.
 */
public interface ParIndex {

    /** The year's criteria, scores and totals. */
    ParView sheet(CurrentUser user, int year);

    /** Adds or replaces the criterion with the code in the year ({@link MeasurementPermissions.Action#DEFINE_CRITERIA}); audited. */
    ParView define(CurrentUser user, int year, String code, ParCriterionDraft draft);

    /** Records a self-assessed score with its evidence ({@link MeasurementPermissions.Action#SELF_ASSESS}); audited. */
    ParView assess(CurrentUser user, int year, String code, BigDecimal points, String evidence, String note);
}
