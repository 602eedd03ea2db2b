package vn.nhiemvu.dossier;

import java.util.EnumSet;
import java.util.Set;

import vn.nhiemvu.identity.PolicyAction;

/** What can be done to a dossier, and in which states. Who may do it is decided by {@link Dossier}. */
public enum DossierAction implements PolicyAction {

    ADD_FILE(EnumSet.of(DossierState.DRAFT, DossierState.RETURNED)),
    SUBMIT_FOR_REVIEW(EnumSet.of(DossierState.DRAFT, DossierState.RETURNED)),
    PASS(EnumSet.of(DossierState.SUBMITTED_FOR_REVIEW)),
    RETURN(EnumSet.of(DossierState.SUBMITTED_FOR_REVIEW)),
    RECORD_SUBMISSION(EnumSet.of(DossierState.PASSED));

    private final Set<DossierState> states;

    DossierAction(Set<DossierState> states) {
        this.states = states;
    }

    public boolean allowedIn(DossierState state) {
        return states.contains(state);
    }
}
