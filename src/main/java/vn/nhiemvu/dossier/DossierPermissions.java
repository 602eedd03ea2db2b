package vn.nhiemvu.dossier;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.LEGAL;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import vn.nhiemvu.identity.Policy;

/** Who may do what to a task's dossier: the dossier module's one policy. In which states: {@link DossierAction}. */
public final class DossierPermissions {

    public static final Policy<DossierAction> POLICY = Policy.of("Hồ sơ trình", DossierAction.class)
            .allow(DossierAction.ADD_FILE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(DossierAction.SUBMIT_FOR_REVIEW, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(DossierAction.PASS, LEGAL)
            .allow(DossierAction.RETURN, LEGAL)
            .allow(DossierAction.RECORD_SUBMISSION, SUPERVISING_LEADER, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> switch (action) {
                case ADD_FILE, SUBMIT_FOR_REVIEW ->
                    "Chỉ đơn vị chủ trì nhiệm vụ hoặc Văn phòng Bộ được " + action.label() + ".";
                case PASS, RETURN -> "Chỉ Vụ Pháp chế được thẩm định hồ sơ.";
                case RECORD_SUBMISSION ->
                    "Chỉ Lãnh đạo Bộ phụ trách nhiệm vụ hoặc Văn phòng Bộ được ghi nhận việc trình.";
            });

    private DossierPermissions() {
    }
}
