package vn.nhiemvu.people;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.SELF;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;
import static vn.nhiemvu.identity.Relation.UNIT_HEAD;

import java.util.Collection;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.Message;

/**
 * Who may do what with people and their work items: the people module's one policy (ADR 0028, 0040). The relation
 * to a task is {@link Relation#of}'s, except that the lead unit's head (designated here) is {@link Relation#UNIT_HEAD};
 * the relation to a person is {@link #toPerson}. Scope comes first: a person of a unit the reader does not see
 * ({@code organization.Visibility}) is "not found".
 */
public final class PeoplePermissions {

    public enum Action implements PolicyAction {
        CHOOSE_PERFORMERS,
        SET_WEIGHT,
        ASSESS_QUALITY,
        CONFIRM_OBJECTIVE_CAUSE,
        ENTER_GENERAL_POINTS,
        READ_SHEET,
        DESIGNATE_HEAD
    }

    /**
     * The head of the lead unit chooses its performers, weighs and assesses the work items and enters the general
     * criteria (the evaluator of a civil servant under Nghị định 335); an objective cause is confirmed by a higher
     * level — the supervising leader, or the Office (and the administrator) recording the decision; a sheet is read by the person, their
     * unit's head, the Office and the administrator.
     */
    public static final Policy<Action> POLICY = Policy.of("Người thực hiện, phiếu đánh giá", Action.class)
            .allow(Action.CHOOSE_PERFORMERS, UNIT_HEAD)
            .allow(Action.SET_WEIGHT, UNIT_HEAD)
            .allow(Action.ASSESS_QUALITY, UNIT_HEAD)
            .allow(Action.CONFIRM_OBJECTIVE_CAUSE, SUPERVISING_LEADER, OFFICE, ADMINISTRATOR)
            .allow(Action.ENTER_GENERAL_POINTS, UNIT_HEAD)
            .allow(Action.READ_SHEET, SELF, UNIT_HEAD, OFFICE, ADMINISTRATOR)
            .allow(Action.DESIGNATE_HEAD, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.people.action.refused", Message.of(relation.code()),
                    action.words()));

    /** The user's part in a task: the task module's, the lead unit's head apart. */
    public static Relation toTask(CurrentUser user, Long leadUnitId, Collection<Long> coordinatingUnitIds,
            boolean headOfLeadUnit) {
        Relation relation = Relation.of(user, leadUnitId, coordinatingUnitIds);
        return relation == Relation.LEAD_UNIT && headOfLeadUnit ? UNIT_HEAD : relation;
    }

    /**
     * The user's part in a person's records: the person themselves, the head of the person's unit, a colleague or
     * anyone else of a unit (outsider), or the user's role's part.
     */
    public static Relation toPerson(CurrentUser user, long personId, Long personUnitId, boolean headOfPersonUnit) {
        return switch (user.role()) {
            case ADMIN -> ADMINISTRATOR;
            case OFFICE -> OFFICE;
            case LEGAL -> Relation.LEGAL;
            case LEADER -> SUPERVISING_LEADER;
            case RESPONDENT -> Relation.OUTSIDER;
            case UNIT -> user.id() == personId ? SELF
                    : user.unitId().equals(personUnitId) && headOfPersonUnit ? UNIT_HEAD : Relation.OUTSIDER;
        };
    }

    private PeoplePermissions() {
    }
}
