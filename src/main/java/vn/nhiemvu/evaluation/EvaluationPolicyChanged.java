package vn.nhiemvu.evaluation;

import vn.nhiemvu.audit.AuditableEvent;

/**
 * An administrator changed how the agency's tasks are evaluated: every status may move without any task changing,
 * so it is audited, and whatever keeps counts of statuses recounts.
 */
public record EvaluationPolicyChanged(long agencyId, EvaluationPolicy before, EvaluationPolicy after, String actor)
        implements AuditableEvent {

    @Override
    public String entityType() {
        return "EVALUATION_POLICY";
    }

    /** The agency's one policy. */
    @Override
    public long entityId() {
        return agencyId;
    }

    @Override
    public String action() {
        return "UPDATED";
    }
}
