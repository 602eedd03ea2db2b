package vn.nhiemvu.plan;

import vn.nhiemvu.identity.PolicyAction;

/** What can be done to a task's plan. Who may do it is {@link PlanPermissions}; when, {@link PlanState}. */
public enum PlanAction implements PolicyAction {

    /** Drafting a version: the first one, or a revision of the approved one. */
    REVISE,
    EDIT,
    SUBMIT,
    APPROVE,
    RETURN,
    COMPLETE_MILESTONE,
    /** A progress report: the lead unit's, a coordinating unit's on its part, or the Office's for the lead unit. */
    REPORT_PROGRESS,
    /** Setting how often the task's units must report (or stopping it). */
    REQUIRE_REPORTS;

}
