package vn.nhiemvu.plan;

import java.util.List;

import vn.nhiemvu.shared.Message;

/** The states of a plan version, with the actions each allows (whoever may take them). */
public enum PlanState {

    DRAFT(List.of(PlanAction.EDIT, PlanAction.SUBMIT)),
    SUBMITTED(List.of(PlanAction.APPROVE, PlanAction.RETURN)),
    APPROVED(List.of(PlanAction.REVISE, PlanAction.COMPLETE_MILESTONE)),
    RETURNED(List.of(PlanAction.EDIT, PlanAction.SUBMIT)),
    SUPERSEDED(List.of());

    private final List<PlanAction> actions;

    PlanState(List<PlanAction> actions) {
        this.actions = actions;
    }

    /** The state's name in the bundles (ADR 0033). */
    public String code() {
        return "plan.state." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }

    /** What may be done to a version in this state. */
    public List<PlanAction> actions() {
        return actions;
    }
}
