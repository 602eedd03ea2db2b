package vn.nhiemvu.reporting;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.evaluation.Scorecard;
import vn.nhiemvu.identity.CurrentUser;

/** The rankings of units and supervising leaders (page {@code /rankings}), made from the tasks' standings. */
public interface Scorecards {

    /**
     * Scorecards of the units (by lead unit) or of the supervising leaders, for the tasks in the user's scope due in
     * [from, to] as of the date, under the policy (null: the agency's), ranked as
     * {@link vn.nhiemvu.evaluation.Rankings} documents; a 400 on {@code to} when the period ends before it starts.
     */
    List<Scorecard> ranked(CurrentUser user, Subject subject, LocalDate from, LocalDate to, LocalDate asOf,
            EvaluationPolicy.Kind policy);

    /**
     * Each unit's tasks due in the quarter as of the date (by default the quarter's last day, or today while it runs)
     * and the highest tier of Quy định 366 they allow ({@link vn.nhiemvu.evaluation.CollectiveRating}), in the order
     * of the ranking.
     */
    List<UnitRating> unitRatings(CurrentUser user, RatingQuarter quarter, LocalDate asOf, EvaluationPolicy.Kind policy);

    /** The shares the ratings are made with (configuration {@code nhiemvu.rating.*}). */
    vn.nhiemvu.evaluation.CollectiveRating.Thresholds ratingThresholds();

    /** What a ranking ranks. */
    enum Subject {
        UNITS, LEADERS
    }
}
