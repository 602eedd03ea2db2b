package vn.nhiemvu.plan;

import java.util.List;

/** The states of a plan version, with the actions each allows (whoever may take them). */
public enum PlanState {

    DRAFT("Dự thảo", List.of(PlanAction.EDIT, PlanAction.SUBMIT)),
    SUBMITTED("Đã trình, chờ phê duyệt", List.of(PlanAction.APPROVE, PlanAction.RETURN)),
    APPROVED("Đã phê duyệt", List.of(PlanAction.REVISE, PlanAction.COMPLETE_MILESTONE)),
    RETURNED("Bị trả lại", List.of(PlanAction.EDIT, PlanAction.SUBMIT)),
    SUPERSEDED("Đã được thay thế bởi phiên bản mới", List.of());

    private final String label;
    private final List<PlanAction> actions;

    PlanState(String label, List<PlanAction> actions) {
        this.label = label;
        this.actions = actions;
    }

    public String label() {
        return label;
    }

    /** What may be done to a version in this state. */
    public List<PlanAction> actions() {
        return actions;
    }
}
