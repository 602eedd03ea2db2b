package vn.nhiemvu.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;

/** Every transition × every relation to the task × every state, without Spring, against tables written out by hand. */
class DossierStateMachineTests {

    private static final long TASK = 10, AGENCY = 1;

    static final Map<String, Relation> USERS = Map.of(
            "admin", Relation.ADMINISTRATOR,
            "office", Relation.OFFICE,
            "leader", Relation.SUPERVISING_LEADER,
            "leadUnit", Relation.LEAD_UNIT,
            "coordinatingUnit", Relation.COORDINATING_UNIT,
            "otherUnit", Relation.OUTSIDER,
            "legal", Relation.LEGAL);

    /** Who may take each step (whatever the state); an administrator acts as the Office (ADR 0028). */
    static final Map<DossierAction, Set<String>> WHO = Map.of(
            DossierAction.ADD_FILE, Set.of("admin", "office", "leadUnit"),
            DossierAction.SUBMIT_FOR_REVIEW, Set.of("admin", "office", "leadUnit"),
            DossierAction.PASS, Set.of("legal"),
            DossierAction.RETURN, Set.of("legal"),
            DossierAction.RECORD_SUBMISSION, Set.of("admin", "office", "leader"));

    /** From which state each step goes where (absent: the step is illegal in that state). */
    static final Map<DossierAction, Map<DossierState, DossierState>> WHERE = Map.of(
            DossierAction.ADD_FILE, Map.of(DossierState.DRAFT, DossierState.DRAFT, DossierState.RETURNED, DossierState.RETURNED),
            DossierAction.SUBMIT_FOR_REVIEW, Map.of(DossierState.DRAFT, DossierState.SUBMITTED_FOR_REVIEW,
                    DossierState.RETURNED, DossierState.SUBMITTED_FOR_REVIEW),
            DossierAction.PASS, Map.of(DossierState.SUBMITTED_FOR_REVIEW, DossierState.PASSED),
            DossierAction.RETURN, Map.of(DossierState.SUBMITTED_FOR_REVIEW, DossierState.RETURNED),
            DossierAction.RECORD_SUBMISSION, Map.of(DossierState.PASSED, DossierState.SUBMITTED));

    static Stream<Arguments> everyCase() {
        var cases = new ArrayList<Arguments>();
        for (DossierAction action : DossierAction.values()) {
            for (DossierState state : DossierState.values()) {
                for (String user : USERS.keySet()) {
                    cases.add(Arguments.of(action, state, user));
                }
            }
        }
        return cases.stream();
    }

    private static Dossier in(DossierState state) {
        return new Dossier(TASK, AGENCY, state);
    }

    private static void take(Dossier dossier, DossierAction action, Relation user) {
        switch (action) {
            case ADD_FILE -> dossier.addFile(user);
            case SUBMIT_FOR_REVIEW -> dossier.submitForReview(user,
                    EnumSet.of(FileRole.DRAFT_DOCUMENT, FileRole.EXPLANATORY_REPORT), Checklist.DEFAULT);
            case PASS -> dossier.review(user, ReviewDecision.PASS, null);
            case RETURN -> dossier.review(user, ReviewDecision.RETURN, "Bổ sung đánh giá tác động.");
            case RECORD_SUBMISSION -> dossier.recordSubmission(user);
        }
    }

    @ParameterizedTest(name = "{0} từ {1} bởi {2}")
    @MethodSource("everyCase")
    void everyTransitionByEveryRoleInEveryState(DossierAction action, DossierState state, String who) {
        Relation user = USERS.get(who);
        Dossier dossier = in(state);
        boolean roleAllowed = WHO.get(action).contains(who);
        DossierState target = WHERE.get(action).get(state);

        assertThat(dossier.allowedActions(user).contains(action)).isEqualTo(roleAllowed && target != null);
        if (!roleAllowed) {
            assertThatThrownBy(() -> take(dossier, action, user)).isInstanceOf(ForbiddenException.class);
            assertThat(dossier.state()).isEqualTo(state);
        } else if (target == null) {
            assertThatThrownBy(() -> take(dossier, action, user)).isInstanceOfSatisfying(ConflictException.class, e -> {
                assertThat(e.kind()).isEqualTo(ConflictException.Kind.STATE);
                assertThat(e.getMessage()).contains(state.label());
                List<DossierAction> allowedHere = WHERE.entrySet().stream().filter(w -> w.getValue().containsKey(state))
                        .map(Map.Entry::getKey).toList();
                allowedHere.forEach(a -> assertThat(e.getMessage()).contains(a.label()));
                if (allowedHere.isEmpty()) {
                    assertThat(e.getMessage()).contains("không còn thao tác nào");
                }
            });
            assertThat(dossier.state()).isEqualTo(state);
        } else {
            take(dossier, action, user);
            assertThat(dossier.state()).isEqualTo(target);
        }
    }

    @Test
    void aDossierWithoutTheRequiredItemsCannotGoToReview() {
        Dossier dossier = in(DossierState.DRAFT);
        assertThatThrownBy(() -> dossier.submitForReview(USERS.get("leadUnit"), EnumSet.of(FileRole.DRAFT_DOCUMENT,
                FileRole.OPINIONS), Checklist.DEFAULT))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field).containsExactly("files");
                    assertThat(e.getMessage()).contains("Tờ trình").doesNotContain("Dự thảo văn bản");
                });
        assertThat(dossier.state()).isEqualTo(DossierState.DRAFT);
    }

    @Test
    void returningNeedsComments() {
        Dossier dossier = in(DossierState.SUBMITTED_FOR_REVIEW);
        assertThatThrownBy(() -> dossier.review(USERS.get("legal"), ReviewDecision.RETURN, " "))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> dossier.review(USERS.get("legal"), null, "x")).isInstanceOf(InvalidInputException.class);
        assertThat(dossier.state()).isEqualTo(DossierState.SUBMITTED_FOR_REVIEW);
    }

    @Test
    void theWholeRoundTrip() {
        Dossier dossier = in(DossierState.DRAFT);
        var all = EnumSet.of(FileRole.DRAFT_DOCUMENT, FileRole.EXPLANATORY_REPORT);
        dossier.addFile(USERS.get("leadUnit"));
        dossier.submitForReview(USERS.get("leadUnit"), all, Checklist.DEFAULT);
        dossier.review(USERS.get("legal"), ReviewDecision.RETURN, "Thiếu tờ trình đã ký.");
        assertThat(dossier.state()).isEqualTo(DossierState.RETURNED);
        dossier.addFile(USERS.get("leadUnit"));
        dossier.submitForReview(USERS.get("leadUnit"), all, Checklist.DEFAULT);
        dossier.review(USERS.get("legal"), ReviewDecision.PASS, null);
        dossier.recordSubmission(USERS.get("leader"));
        assertThat(dossier.state()).isEqualTo(DossierState.SUBMITTED);
        assertThat(dossier.allowedActions(USERS.get("office"))).isEmpty();
    }
}
