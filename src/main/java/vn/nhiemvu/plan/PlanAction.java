package vn.nhiemvu.plan;

import java.util.Set;

/** What can be done to a plan version, and who may do it. */
public enum PlanAction {

    /** Drafting a version: the first one, or a revision of the approved one. */
    REVISE("lập phiên bản mới", Set.of(PlanRole.LEAD_UNIT, PlanRole.OFFICE)),
    EDIT("sửa dự thảo", Set.of(PlanRole.LEAD_UNIT, PlanRole.OFFICE)),
    SUBMIT("trình phê duyệt", Set.of(PlanRole.LEAD_UNIT, PlanRole.OFFICE)),
    APPROVE("phê duyệt", Set.of(PlanRole.SUPERVISING_LEADER)),
    RETURN("trả lại kèm ý kiến", Set.of(PlanRole.SUPERVISING_LEADER)),
    COMPLETE_MILESTONE("ghi nhận hoàn thành mốc", Set.of(PlanRole.LEAD_UNIT, PlanRole.OFFICE));

    private final String label;
    private final Set<PlanRole> roles;

    PlanAction(String label, Set<PlanRole> roles) {
        this.label = label;
        this.roles = roles;
    }

    public String label() {
        return label;
    }

    public boolean allows(PlanRole role) {
        return roles.contains(role);
    }
}
