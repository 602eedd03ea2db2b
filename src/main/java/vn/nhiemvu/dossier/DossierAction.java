package vn.nhiemvu.dossier;

import java.util.EnumSet;
import java.util.Set;

/** What can be done to a dossier, and in which states. Who may do it is decided by {@link Dossier}. */
public enum DossierAction {

    ADD_FILE("thêm tệp vào hồ sơ", EnumSet.of(DossierState.DRAFT, DossierState.RETURNED)),
    SUBMIT_FOR_REVIEW("gửi hồ sơ đề nghị thẩm định", EnumSet.of(DossierState.DRAFT, DossierState.RETURNED)),
    PASS("thông qua thẩm định", EnumSet.of(DossierState.SUBMITTED_FOR_REVIEW)),
    RETURN("trả lại hồ sơ kèm ý kiến", EnumSet.of(DossierState.SUBMITTED_FOR_REVIEW)),
    RECORD_SUBMISSION("ghi nhận việc trình (số, ngày văn bản)", EnumSet.of(DossierState.PASSED));

    private final String label;
    private final Set<DossierState> states;

    DossierAction(String label, Set<DossierState> states) {
        this.label = label;
        this.states = states;
    }

    public String label() {
        return label;
    }

    public boolean allowedIn(DossierState state) {
        return states.contains(state);
    }
}
