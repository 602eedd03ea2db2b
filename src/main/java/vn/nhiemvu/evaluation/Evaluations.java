package vn.nhiemvu.evaluation;

import vn.nhiemvu.identity.CurrentUser;

/** The evaluation module's API: the evaluator an agency's tasks are judged by. */
public interface Evaluations {

    /** The agency's own policy. */
    TaskEvaluator evaluator(long agencyId);

    /** The agency's policy parameters, counted the given way (to show the same data both ways). */
    TaskEvaluator evaluator(long agencyId, EvaluationPolicy.Kind kind);

    EvaluationPolicy policy(long agencyId);

    /** Sets the user's agency's policy; only an administrator may. */
    EvaluationPolicy update(CurrentUser user, EvaluationPolicy policy);
}
