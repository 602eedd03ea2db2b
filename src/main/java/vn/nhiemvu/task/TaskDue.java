package vn.nhiemvu.task;

import vn.nhiemvu.evaluation.Evaluation;

/**
 * An open task as the sweeps read it, and nothing more: who leads and supervises it and how it stands as of the
 * sweep's date (its evaluation under the agency's policy, with the reason a person can check).
 */
public record TaskDue(long id, String title, long leadUnitId, Long supervisingLeaderId, Evaluation evaluation) {
}
