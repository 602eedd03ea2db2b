package vn.nhiemvu.dossier;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEAD_AGENCY;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.LEGAL;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.shared.Message;

/** Who may do what to a task's dossier: the dossier module's one policy. In which states: {@link DossierAction}. */
public final class DossierPermissions {

    public static final Policy<DossierAction> POLICY = Policy.of("Hồ sơ trình", DossierAction.class)
            .allow(DossierAction.ADD_FILE, LEAD_UNIT, LEAD_AGENCY, OFFICE, ADMINISTRATOR)
            .allow(DossierAction.SUBMIT_FOR_REVIEW, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(DossierAction.PASS, LEGAL)
            .allow(DossierAction.RETURN, LEGAL)
            .allow(DossierAction.RECORD_SUBMISSION, SUPERVISING_LEADER, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> switch (action) {
                case ADD_FILE, SUBMIT_FOR_REVIEW ->
                    Message.of("forbidden.dossier.action.lead-unit-only", action.words());
                case PASS, RETURN -> Message.of("forbidden.dossier.review.legal-only");
                case RECORD_SUBMISSION -> Message.of("forbidden.dossier.submission.leader-only");
            });

    private DossierPermissions() {
    }
}
