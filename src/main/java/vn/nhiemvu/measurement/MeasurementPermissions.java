package vn.nhiemvu.measurement;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.OFFICE;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.Message;

/**
 * Who may do what with indicators and the PAR index: the measurement module's one policy (ADR 0028, 0046). The unit
 * responsible for an indicator or a criterion plays the lead unit's part ({@link #toOwner}). Reading indicators and
 * the index is every staff account's of the agency, as reading the management areas is: no personal data is in them.
 */
public final class MeasurementPermissions {

    public enum Action implements PolicyAction {
        DEFINE_INDICATOR,
        RECORD_VALUE,
        DEFINE_CRITERIA,
        SELF_ASSESS,
        PUBLISH
    }

    /**
     * The Office keeps the agency's lists of indicators and criteria whole; the responsible unit knows its figures and
     * scores itself first, and the Office may record or correct on its behalf.
     */
    public static final Policy<Action> POLICY = Policy.of("Chỉ tiêu, Chỉ số cải cách hành chính", Action.class)
            .allow(Action.DEFINE_INDICATOR, OFFICE, ADMINISTRATOR)
            .allow(Action.RECORD_VALUE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.DEFINE_CRITERIA, OFFICE, ADMINISTRATOR)
            .allow(Action.SELF_ASSESS, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.PUBLISH, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.measurement.action.refused",
                    Message.of(relation.code()), action.words()));

    /** The user's part in what a unit is responsible for (null: no unit, so no unit's account plays the lead's part). */
    public static Relation toOwner(CurrentUser user, Long ownerUnitId) {
        return Relation.of(user, ownerUnitId, java.util.List.of());
    }

    private MeasurementPermissions() {
    }
}
