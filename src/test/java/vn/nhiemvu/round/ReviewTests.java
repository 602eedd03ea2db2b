package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.InvalidInputException;

/** What a decision on an answer must say (ADR 0045). */
class ReviewTests {

    private static java.util.List<String> problems(Review.Decision decision, String reason) {
        var errors = new InvalidInputException.Collector();
        Review.checkedReason(decision, reason, errors);
        try {
            errors.throwIfAny();
            return java.util.List.of();
        } catch (InvalidInputException e) {
            return e.errors().stream().map(f -> f.field() + ": " + f.message().vietnamese()).toList();
        }
    }

    @Test
    void acceptingNeedsNoReasonReturningAndRejectingDo() {
        assertThat(problems(Review.Decision.ACCEPTED, null)).isEmpty();
        assertThat(problems(Review.Decision.RETURNED, "  ")).containsExactly(
                "reason: Ý kiến “Trả lại để sửa” phải nêu lý do để cơ quan biết cần sửa gì.");
        assertThat(problems(Review.Decision.REJECTED, "")).singleElement().asString().contains("Không chấp nhận");
        assertThat(problems(Review.Decision.REJECTED, "Trùng với nhiệm vụ đã giao")).isEmpty();
    }

    @Test
    void aDecisionIsChosenAndItsReasonBounded() {
        assertThat(problems(null, "")).singleElement().asString().startsWith("decision: ");
        assertThat(problems(Review.Decision.RETURNED, "x".repeat(Review.MAX_REASON + 1))).singleElement().asString()
                .contains("2001");
    }
}
