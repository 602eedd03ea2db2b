package vn.nhiemvu.plan;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.COORDINATING_UNIT;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import vn.nhiemvu.identity.Policy;

/** Who may do what to a task's plan: the plan module's one policy. */
public final class PlanPermissions {

    public static final Policy<PlanAction> POLICY = Policy.of("Kế hoạch thực hiện", PlanAction.class)
            .allow(PlanAction.REVISE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.EDIT, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.SUBMIT, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.APPROVE, SUPERVISING_LEADER)
            .allow(PlanAction.RETURN, SUPERVISING_LEADER)
            .allow(PlanAction.COMPLETE_MILESTONE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.REPORT_PROGRESS, LEAD_UNIT, COORDINATING_UNIT, OFFICE, ADMINISTRATOR)
            .allow(PlanAction.REQUIRE_REPORTS, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> switch (action) {
                case REPORT_PROGRESS -> "Chỉ đơn vị chủ trì, đơn vị phối hợp (phần việc của mình) hoặc Văn phòng Bộ"
                        + " (thay đơn vị chủ trì) được báo cáo tiến độ nhiệm vụ này.";
                case REQUIRE_REPORTS -> "Chỉ Văn phòng Bộ được yêu cầu báo cáo định kỳ.";
                default -> "Với vai trò " + relation.label() + ", bạn không được " + action.label()
                        + " kế hoạch thực hiện của nhiệm vụ này.";
            });

    private PlanPermissions() {
    }
}
