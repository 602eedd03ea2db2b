package vn.nhiemvu.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.Message;

/** The policy as data and the relation to a task, without Spring. */
class PolicyTests {

    /** The refusal below names the action by its constant: a test needs no code in the bundles. */
    enum Action implements PolicyAction { READ, APPROVE }

    private static final Policy<Action> POLICY = Policy.of("Thử", Action.class)
            .allow(Action.READ, Relation.LEAD_UNIT, Relation.OFFICE)
            .allow(Action.APPROVE, Relation.SUPERVISING_LEADER)
            .refusing((action, relation) -> Message.of("forbidden.plan.action.refused", Message.of(relation.code()),
                    action.name()));

    private static CurrentUser user(Role role, Long unitId) {
        return new CurrentUser(1, "u", "Người dùng", role, 1, unitId, role == Role.LEADER ? 9L : null);
    }

    @Test
    void answersFromItsTable() {
        for (Relation relation : Relation.values()) {
            assertThat(POLICY.allows(Action.READ, relation))
                    .isEqualTo(relation == Relation.LEAD_UNIT || relation == Relation.OFFICE);
            assertThat(POLICY.allows(Action.APPROVE, relation)).isEqualTo(relation == Relation.SUPERVISING_LEADER);
        }
        assertThat(POLICY.allowed(Relation.OFFICE)).containsExactly(Action.READ);
        assertThat(POLICY.allowed(Relation.LEGAL)).isEmpty();
        assertThat(POLICY.table()).containsOnlyKeys(Action.values());
    }

    @Test
    void refusesWithItsMessage() {
        POLICY.check(Action.APPROVE, Relation.SUPERVISING_LEADER);
        assertThatThrownBy(() -> POLICY.check(Action.APPROVE, Relation.OFFICE))
                .isInstanceOf(ForbiddenException.class)
                .hasMessage("Với vai trò Văn phòng Bộ, bạn không được APPROVE kế hoạch thực hiện của nhiệm vụ này.")
                .extracting(e -> ((ForbiddenException) e).words().in(Locale.ENGLISH))
                .isEqualTo("As Ministry Office, you may not do this to the implementation plan of this task: APPROVE.");
        assertThatThrownBy(() -> POLICY.checkAny(user(Role.LEGAL, null), Action.READ))
                .isInstanceOf(ForbiddenException.class);
        POLICY.checkAny(user(Role.UNIT, 5L), Action.READ);
    }

    @Test
    void anActionLeftOutOrGivenTwiceIsAMistakeInTheTable() {
        assertThatThrownBy(() -> Policy.of("Thiếu", Action.class).allow(Action.READ, Relation.OFFICE)
                .refusing((a, r) -> Message.of("forbidden.plan.reports.office-only"))).isInstanceOf(IllegalStateException.class).hasMessageContaining("APPROVE");
        assertThatThrownBy(() -> Policy.of("Lặp", Action.class).allow(Action.READ).allow(Action.READ))
                .isInstanceOf(IllegalStateException.class);
        assertThat(Policy.of("Không ai", Action.class).allow(Action.READ).allow(Action.APPROVE)
                .refusing((a, r) -> Message.of("forbidden.plan.reports.office-only")).allowed(Relation.ADMINISTRATOR)).isEmpty();
    }

    @Test
    void theRelationToATaskComesFromTheRoleAndTheUnits() {
        List<Long> coordinating = List.of(6L, 7L);
        assertThat(Relation.of(user(Role.ADMIN, null), 5L, coordinating)).isEqualTo(Relation.ADMINISTRATOR);
        assertThat(Relation.of(user(Role.OFFICE, 3L), 5L, coordinating)).isEqualTo(Relation.OFFICE);
        assertThat(Relation.of(user(Role.LEGAL, 4L), 5L, coordinating)).isEqualTo(Relation.LEGAL);
        assertThat(Relation.of(user(Role.LEADER, null), 5L, coordinating)).isEqualTo(Relation.SUPERVISING_LEADER);
        assertThat(Relation.of(user(Role.UNIT, 5L), 5L, coordinating)).isEqualTo(Relation.LEAD_UNIT);
        assertThat(Relation.of(user(Role.UNIT, 7L), 5L, coordinating)).isEqualTo(Relation.COORDINATING_UNIT);
        assertThat(Relation.of(user(Role.UNIT, 8L), 5L, coordinating)).isEqualTo(Relation.OUTSIDER);
        assertThat(Relation.of(user(Role.UNIT, 8L), null, List.of())).isEqualTo(Relation.OUTSIDER);
        // An outside agency's focal person has no part in any task (ADR 0035).
        assertThat(Relation.of(user(Role.RESPONDENT, null), 5L, coordinating)).isEqualTo(Relation.OUTSIDER);
    }

    @Test
    void everyRelationBelongsToExactlyOneRole() {
        var seen = EnumSet.noneOf(Relation.class);
        for (Role role : Role.values()) {
            Relation.possibleFor(role).forEach(r -> assertThat(seen.add(r)).as(r + " twice").isTrue());
        }
        assertThat(seen).containsExactlyInAnyOrder(Relation.values());
    }
}
