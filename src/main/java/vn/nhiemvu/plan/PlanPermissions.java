package vn.nhiemvu.plan;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.COORDINATING_UNIT;
import static vn.nhiemvu.identity.Relation.LEAD_AGENCY;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.shared.Message;

/** Who may do what to a task's plan: the plan module's one policy. */
public final class PlanPermissions {

    public static final Policy<PlanAction> POLICY = Policy.of("Kế hoạch thực hiện", PlanAction.class)
            .allow(PlanAction.REVISE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.EDIT, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.SUBMIT, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.APPROVE, SUPERVISING_LEADER)
            .allow(PlanAction.RETURN, SUPERVISING_LEADER)
            .allow(PlanAction.COMPLETE_MILESTONE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.REPORT_PROGRESS, LEAD_UNIT, LEAD_AGENCY, COORDINATING_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.REQUIRE_REPORTS, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> switch (action) {
                case REPORT_PROGRESS -> Message.of("forbidden.plan.progress.refused");
                case REQUIRE_REPORTS -> Message.of("forbidden.plan.reports.office-only");
                default -> Message.of("forbidden.plan.action.refused", Message.of(relation.code()), action.words());
            });

    private PlanPermissions() {
    }
}
