package vn.nhiemvu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;

/** The plan's state machine without Spring: every transition from every state, by every role. */
class PlanVersionTests {

    private static final Instant NOW = Instant.parse("2020-10-01T03:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2020, 10, 1);
    private static final LocalDate DEADLINE = LocalDate.of(2020, 12, 31);
    private static final List<MilestoneDraft> MILESTONES = List.of(
            new MilestoneDraft("Dự thảo đề án", LocalDate.of(2020, 11, 15), "Dự thảo"),
            new MilestoneDraft("Trình Bộ trưởng", DEADLINE, null));

    private static final Set<Relation> WRITERS = Set.of(Relation.LEAD_UNIT, Relation.OFFICE, Relation.ADMINISTRATOR);
    private static final Set<Relation> LEADERS = Set.of(Relation.SUPERVISING_LEADER);

    /** A transition under test: who may take it, from which states, and what it leads to. */
    record Transition(String name, Set<Relation> roles, Set<PlanState> from, PlanState to,
            Function<Relation, Function<PlanVersion, PlanVersion>> apply) {
    }

    private static final List<Transition> TRANSITIONS = List.of(
            new Transition("edit", WRITERS, Set.of(PlanState.DRAFT, PlanState.RETURNED), PlanState.DRAFT,
                    role -> v -> v.edit(role, MILESTONES, DEADLINE)),
            new Transition("submit", WRITERS, Set.of(PlanState.DRAFT, PlanState.RETURNED), PlanState.SUBMITTED,
                    role -> v -> v.submit(role, "cdsqg", NOW)),
            new Transition("approve", LEADERS, Set.of(PlanState.SUBMITTED), PlanState.APPROVED,
                    role -> v -> v.approve(role, "lanhdao", NOW)),
            new Transition("return", LEADERS, Set.of(PlanState.SUBMITTED), PlanState.RETURNED,
                    role -> v -> v.returnWith(role, "Bổ sung mốc lấy ý kiến", "lanhdao", NOW)),
            new Transition("revise", WRITERS, Set.of(PlanState.APPROVED), PlanState.DRAFT,
                    role -> v -> PlanVersion.draft(v.taskId(), v.agencyId(), v, role, MILESTONES, DEADLINE, "cdsqg",
                            NOW)),
            new Transition("complete milestone", WRITERS, Set.of(PlanState.APPROVED), PlanState.APPROVED,
                    role -> v -> v.completeMilestone(role, 11, TODAY, TODAY, "cdsqg")));

    private static PlanVersion in(PlanState state) {
        PlanVersion draft = PlanVersion.draft(7, 1, null, Relation.LEAD_UNIT, MILESTONES, DEADLINE, "cdsqg", NOW);
        var withIds = new ArrayList<Milestone>();
        long id = 11;
        for (Milestone m : draft.milestones()) {
            withIds.add(new Milestone(id++, m.title(), m.dueDate(), m.expectedProduct(), null, null));
        }
        PlanVersion v = draft.stored(3, 0).withMilestones(withIds);
        return switch (state) {
            case DRAFT -> v;
            case SUBMITTED -> v.submit(Relation.LEAD_UNIT, "cdsqg", NOW);
            case APPROVED -> in(PlanState.SUBMITTED).approve(Relation.SUPERVISING_LEADER, "lanhdao", NOW);
            case RETURNED -> in(PlanState.SUBMITTED).returnWith(Relation.SUPERVISING_LEADER, "Sửa", "lanhdao", NOW);
            case SUPERSEDED -> in(PlanState.APPROVED).supersede();
        };
    }

    @TestFactory
    List<DynamicTest> everyTransitionFromEveryStateByEveryRole() {
        var tests = new ArrayList<DynamicTest>();
        for (Transition t : TRANSITIONS) {
            for (PlanState state : PlanState.values()) {
                for (Relation role : Relation.values()) {
                    tests.add(DynamicTest.dynamicTest(t.name() + " from " + state + " by " + role, () -> {
                        PlanVersion version = in(state);
                        var step = t.apply().apply(role);
                        if (!t.roles().contains(role)) {
                            assertThatThrownBy(() -> step.apply(version)).isInstanceOf(ForbiddenException.class)
                                    .hasMessageContaining(role.label());
                        } else if (!t.from().contains(state)) {
                            assertThatThrownBy(() -> step.apply(version)).isInstanceOfSatisfying(
                                    ConflictException.class, e -> {
                                        assertThat(e.kind()).isEqualTo(ConflictException.Kind.STATE);
                                        assertThat(e.getMessage()).contains(state.label());
                                        state.actions().forEach(a -> assertThat(e.getMessage()).contains(a.label()));
                                    });
                        } else {
                            PlanVersion next = step.apply(version);
                            assertThat(next.state()).isEqualTo(t.to());
                            assertThat(next.allowedActions(role)).allMatch(a -> PlanPermissions.POLICY.allows(a, role));
                        }
                    }));
                }
            }
        }
        return tests;
    }

    @Test
    void theFirstDraftIsVersionOneAndARevisionTheNext() {
        PlanVersion first = PlanVersion.draft(7, 1, null, Relation.OFFICE, MILESTONES, DEADLINE, "vanphong", NOW);
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.state()).isEqualTo(PlanState.DRAFT);
        PlanVersion second = PlanVersion.draft(7, 1, in(PlanState.APPROVED), Relation.LEAD_UNIT, MILESTONES, DEADLINE,
                "cdsqg", NOW);
        assertThat(second.number()).isEqualTo(2);
    }

    @Test
    void aSupersededVersionAllowsNothingAndSaysSo() {
        assertThatThrownBy(() -> in(PlanState.SUPERSEDED).submit(Relation.LEAD_UNIT, "cdsqg", NOW))
                .isInstanceOf(ConflictException.class).hasMessageContaining("không còn thao tác nào");
        assertThatThrownBy(() -> in(PlanState.DRAFT).supersede()).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void theReturnCommentIsKeptUntilApproval() {
        PlanVersion returned = in(PlanState.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Sửa");
        assertThat(returned.edit(Relation.LEAD_UNIT, MILESTONES, DEADLINE).state()).isEqualTo(PlanState.DRAFT);
        assertThatThrownBy(() -> in(PlanState.SUBMITTED).returnWith(Relation.SUPERVISING_LEADER, " ", "lanhdao", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.errors().get(0).field()).isEqualTo("comment"));
    }

    @Test
    void milestonesAreCheckedAllAtOnceAgainstTheDeadline() {
        var bad = List.of(new MilestoneDraft(" ", null, null),
                new MilestoneDraft("Quá hạn", DEADLINE.plusDays(1), null));
        assertThatThrownBy(() -> PlanVersion.draft(7, 1, null, Relation.LEAD_UNIT, bad, DEADLINE, "cdsqg", NOW))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors())
                        .extracting(InvalidInputException.FieldError::field)
                        .containsExactly("milestones[0].title", "milestones[0].dueDate", "milestones[1].dueDate"));
        assertThat(PlanVersion.draft(7, 1, null, Relation.LEAD_UNIT, bad.subList(1, 2), null, "cdsqg", NOW)
                .milestones()).as("no deadline, no limit").hasSize(1);
        assertThatThrownBy(() -> PlanVersion.draft(7, 1, null, Relation.LEAD_UNIT, List.of(), DEADLINE, "cdsqg", NOW))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMilestoneIsDoneOnceAndNotInTheFuture() {
        PlanVersion approved = in(PlanState.APPROVED);
        assertThatThrownBy(() -> approved.completeMilestone(Relation.LEAD_UNIT, 11, TODAY.plusDays(1), TODAY, "cdsqg"))
                .isInstanceOf(InvalidInputException.class);
        PlanVersion done = approved.completeMilestone(Relation.LEAD_UNIT, 11, TODAY, TODAY, "cdsqg");
        assertThat(done.milestones().get(0).completedOn()).isEqualTo(TODAY);
        assertThatThrownBy(() -> done.completeMilestone(Relation.LEAD_UNIT, 11, TODAY, TODAY, "cdsqg"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> done.completeMilestone(Relation.LEAD_UNIT, 99, TODAY, TODAY, "cdsqg"))
                .isInstanceOf(vn.nhiemvu.shared.NotFoundException.class);
    }
}
