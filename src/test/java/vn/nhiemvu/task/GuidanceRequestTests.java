package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

import vn.nhiemvu.identity.Relation;
import vn.nhiemvu.shared.ConflictException;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.task.GuidanceRequest.Decision;
import vn.nhiemvu.task.GuidanceRequest.Kind;
import vn.nhiemvu.task.GuidanceRequest.State;

/** The request's state machine: every decision by every role, in every state. */
class GuidanceRequestTests {

    private static final LocalDate REQUESTED = LocalDate.of(2020, 11, 9);
    private static final LocalDate TODAY = LocalDate.of(2020, 11, 12);

    private static GuidanceRequest open(Kind kind) {
        return new GuidanceRequest(1, 10, kind, "Chờ ý kiến các bộ", "Lùi thời hạn",
                kind == Kind.EXTENSION ? LocalDate.of(2020, 12, 31) : null, REQUESTED, "cdsqg",
                LocalDate.of(2020, 11, 10), State.OPEN, null, null, null, null, 0, Instant.EPOCH);
    }

    @ParameterizedTest
    @EnumSource(value = Relation.class, names = "SUPERVISING_LEADER", mode = EnumSource.Mode.EXCLUDE)
    void onlyTheSupervisingLeaderDecides(Relation relation) {
        for (Decision decision : Decision.values()) {
            assertThatThrownBy(() -> open(Kind.EXTENSION).decide(relation, decision, null, "ý kiến", TODAY, "x"))
                    .isInstanceOf(ForbiddenException.class);
        }
    }

    @Test
    void theSupervisingLeaderApprovesRejectsOrAnswersAnExtension() {
        Relation leader = Relation.SUPERVISING_LEADER;
        GuidanceRequest approved = open(Kind.EXTENSION).decide(leader, Decision.APPROVE, null, null, TODAY,
                "Thứ trưởng");
        assertThat(approved.state()).isEqualTo(State.APPROVED);
        assertThat(approved.approvedDeadline()).isEqualTo(LocalDate.of(2020, 12, 31));
        assertThat(approved.decidedOn()).isEqualTo(TODAY);

        GuidanceRequest otherDate = open(Kind.EXTENSION).decide(leader, Decision.APPROVE, LocalDate.of(2020, 12, 15),
                null, TODAY, "Thứ trưởng");
        assertThat(otherDate.approvedDeadline()).isEqualTo(LocalDate.of(2020, 12, 15));

        assertThat(open(Kind.EXTENSION).decide(leader, Decision.REJECT, null, null, TODAY, "x").state())
                .isEqualTo(State.REJECTED);
        assertThat(open(Kind.EXTENSION).decide(leader, Decision.ANSWER, null, "Làm tiếp", TODAY, "x").state())
                .isEqualTo(State.ANSWERED);
    }

    @Test
    void aGuidanceRequestIsAnsweredOrRejectedButNotApproved() {
        var leader = Relation.SUPERVISING_LEADER;
        assertThat(open(Kind.GUIDANCE).decide(leader, Decision.ANSWER, null, "Phối hợp với Vụ Pháp chế", TODAY, "x")
                .answer()).isEqualTo("Phối hợp với Vụ Pháp chế");
        assertThatThrownBy(() -> open(Kind.GUIDANCE).decide(leader, Decision.APPROVE, null, null, TODAY, "x"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("cho ý kiến chỉ đạo (ANSWER)");
        assertThatThrownBy(() -> open(Kind.GUIDANCE).decide(leader, Decision.ANSWER, null, " ", TODAY, "x"))
                .isInstanceOf(InvalidInputException.class);
    }

    @ParameterizedTest
    @EnumSource(value = State.class, names = { "APPROVED", "REJECTED", "ANSWERED" })
    void aDecidedRequestIsFinal(State state) {
        var o = open(Kind.EXTENSION);
        var decided = new GuidanceRequest(o.id(), o.taskId(), o.kind(), o.obstacle(), o.proposedSolution(),
                o.proposedDeadline(), o.requestedOn(), o.requestedBy(), o.cutoff(), state, TODAY, "x", null, null, 1,
                o.createdAt());
        for (Decision decision : Decision.values()) {
            assertThatThrownBy(() -> decided.decide(Relation.SUPERVISING_LEADER, decision, null, "x", TODAY, "x"))
                    .isInstanceOf(ConflictException.class).hasMessageContaining("không còn thao tác nào");
        }
        assertThat(decided.allowedActions()).isEmpty();
    }

    @Test
    void aNewDeadlineMustComeAfterTheRequest() {
        assertThatThrownBy(() -> open(Kind.EXTENSION).decide(Relation.SUPERVISING_LEADER, Decision.APPROVE, REQUESTED,
                null, TODAY, "x")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void timelinessIsAgainstTheCutoff() {
        assertThat(open(Kind.EXTENSION).isTimely()).isTrue();
        var late = open(Kind.EXTENSION);
        var afterCutoff = new GuidanceRequest(late.id(), late.taskId(), late.kind(), late.obstacle(), null,
                late.proposedDeadline(), LocalDate.of(2020, 11, 11), "cdsqg", late.cutoff(), State.OPEN, null, null,
                null, null, 0, Instant.EPOCH);
        assertThat(afterCutoff.isTimely()).isFalse();
    }

    @Test
    void aDecisionTakenAboveKeepsTheRulesOnTheRequestWithoutALocalRight() {
        GuidanceRequest approved = open(Kind.EXTENSION).decideAbove(Decision.APPROVE, LocalDate.of(2020, 12, 20), null,
                TODAY, "Văn phòng Chính phủ");
        assertThat(approved.state()).isEqualTo(State.APPROVED);
        assertThat(approved.approvedDeadline()).isEqualTo(LocalDate.of(2020, 12, 20));
        assertThat(approved.decidedBy()).isEqualTo("Văn phòng Chính phủ");
        assertThat(open(Kind.GUIDANCE).decideAbove(Decision.ANSWER, null, "Làm trong phạm vi Bộ", TODAY, "x").answer())
                .isEqualTo("Làm trong phạm vi Bộ");
        assertThatThrownBy(() -> open(Kind.GUIDANCE).decideAbove(Decision.APPROVE, null, null, TODAY, "x"))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> open(Kind.GUIDANCE).decideAbove(Decision.ANSWER, null, " ", TODAY, "x"))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> approved.decideAbove(Decision.REJECT, null, null, TODAY, "x"))
                .as("decided once").isInstanceOf(ConflictException.class);
    }
}
