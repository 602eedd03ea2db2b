package vn.nhiemvu.reporting;

import vn.nhiemvu.evaluation.CollectiveRating;
import vn.nhiemvu.evaluation.Scorecard;

/** A unit's tasks due in a quarter and the highest tier of Quy định 366 they allow, with why. */
public record UnitRating(Scorecard card, CollectiveRating.Result rating) {
}
