package vn.nhiemvu.round;

import static vn.nhiemvu.identity.Relation.ADMINISTRATOR;
import static vn.nhiemvu.identity.Relation.LEAD_UNIT;
import static vn.nhiemvu.identity.Relation.LEGAL;
import static vn.nhiemvu.identity.Relation.OFFICE;
import static vn.nhiemvu.identity.Relation.RESPONDENT;
import static vn.nhiemvu.identity.Relation.SUPERVISING_LEADER;

import java.util.Set;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Policy;
import vn.nhiemvu.identity.PolicyAction;
import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.Message;

/**
 * Who may do what in a proposal round: the round module's one policy (ADR 0028, 0035). The relation to a round: its
 * organiser unit's accounts are its {@link Relation#LEAD_UNIT}; the Office, Legal, leaders and administrators of the
 * organiser's agency as on a task; the focal person of an addressee agency is {@link Relation#RESPONDENT}; anyone
 * else, and a respondent of an agency not asked, is {@link Relation#OUTSIDER} and does not see the round (404).
 */
public final class RoundPermissions {

    public enum Action implements PolicyAction {
        OPEN,
        CLOSE,
        ADD_RESPONDENT,
        READ_ANSWERS,
        ANSWER,
        URGE,
        PLAN_TASKS,
        MERGE,
        REVIEW
    }

    public static final Policy<Action> POLICY = Policy.of("Đợt lấy đề xuất", Action.class)
            .allow(Action.OPEN, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.CLOSE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.ADD_RESPONDENT, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.READ_ANSWERS, LEAD_UNIT, OFFICE, ADMINISTRATOR, SUPERVISING_LEADER, LEGAL)
            .allow(Action.ANSWER, RESPONDENT)
            .allow(Action.URGE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.PLAN_TASKS, OFFICE, ADMINISTRATOR)
            .allow(Action.MERGE, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .allow(Action.REVIEW, LEAD_UNIT, OFFICE, ADMINISTRATOR)
            .refusing((action, relation) -> Message.of("forbidden.round.action.refused", Message.of(relation.code()),
                    action.words()));

    private RoundPermissions() {
    }

    /** The user's part in the round. */
    public static Relation relation(CurrentUser user, ProposalRound round) {
        if (user.respondent()) {
            return round.addressed(user.agencyId()) ? RESPONDENT : Relation.OUTSIDER;
        }
        if (user.agencyId() != round.agencyId()) {
            return Relation.OUTSIDER;
        }
        return Relation.of(user, round.organiserUnitId(), Set.of());
    }

    /** Whether the user sees the round at all: its agency's staff, and the focal people of the agencies asked. */
    public static boolean sees(CurrentUser user, ProposalRound round) {
        return user.respondent() ? round.addressed(user.agencyId()) : user.agencyId() == round.agencyId();
    }

    public static Set<Action> allowed(CurrentUser user, ProposalRound round) {
        return POLICY.allowed(relation(user, round));
    }
}
