package vn.nhiemvu.plan;

import java.util.List;

import vn.nhiemvu.identity.Relation;

/**
 * A task's plan as the user sees it: the approved version in force (or null), the latest version, every
 * version newest first, and what the user may do.
 *
 * @param role          the user's part in the task
 * @param canDraft      whether the user may start a new version now
 * @param allowedActions what the user may do to the latest version
 */
public record TaskPlan(long taskId, PlanVersion current, PlanVersion latest, List<PlanVersion> versions,
        Relation role, boolean canDraft, List<PlanAction> allowedActions, boolean canReport) {
}
