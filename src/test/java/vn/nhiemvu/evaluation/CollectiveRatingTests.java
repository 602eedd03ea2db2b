package vn.nhiemvu.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.evaluation.CollectiveRating.Thresholds;
import vn.nhiemvu.evaluation.CollectiveRating.Tier;
import vn.nhiemvu.shared.Message;

class CollectiveRatingTests {

    private static CollectiveRating.Result rate(long onTime, long late, long overdue) {
        return CollectiveRating.of(new Scorecard("U", "Đơn vị", onTime + late + overdue, onTime, late, overdue, 0, 1),
                Thresholds.QUY_DINH_366);
    }

    @Test
    void everyTaskOnTimeAllowsGoodAndSaysWhyNotExcellent() {
        var result = rate(12, 0, 0);
        assertThat(result.ceiling()).isEqualTo(Tier.GOOD);
        assertThat(result.reasons()).extracting(Message::code)
                .containsExactly("rating.reason.all-on-time", "rating.reason.excellent-needs-beyond");
        assertThat(result.reasons().get(1).vietnamese()).contains("30 %").contains("chưa ghi nhận");
    }

    @Test
    void lateWithinTwentyPercentAllowsCompletedAndTheBoundaryCounts() {
        assertThat(rate(8, 2, 0).ceiling()).as("2 of 10 late: exactly 20 %").isEqualTo(Tier.COMPLETED);
        assertThat(rate(79, 21, 0).ceiling()).as("21 %").isEqualTo(Tier.NOT_COMPLETED);
        assertThat(rate(7, 3, 0).reasons().get(0).vietnamese())
                .isEqualTo("3 trong 10 nhiệm vụ đến hạn hoàn thành quá hạn (30 %): chưa đạt điều kiện 100 % đúng hạn "
                        + "của mức \"Hoàn thành tốt\".");
    }

    @Test
    void anyOverdueTaskAllowsOnlyNotCompleted() {
        var result = rate(99, 0, 1);
        assertThat(result.ceiling()).isEqualTo(Tier.NOT_COMPLETED);
        assertThat(result.reasons()).extracting(Message::code).containsExactly("rating.reason.overdue");
    }

    @Test
    void nothingDueGivesNoCeiling() {
        var result = rate(0, 0, 0);
        assertThat(result.ceiling()).isNull();
        assertThat(result.reasons()).extracting(Message::code).containsExactly("rating.reason.nothing-due");
    }

    @Test
    void theSharesAreConfigurable() {
        var lenient = new Thresholds(0.30, 0.50);
        var card = new Scorecard("U", "Đơn vị", 10, 6, 4, 0, 0, 1);
        assertThat(CollectiveRating.of(card, lenient).ceiling()).isEqualTo(Tier.COMPLETED);
        assertThat(CollectiveRating.of(card, Thresholds.QUY_DINH_366).ceiling()).isEqualTo(Tier.NOT_COMPLETED);
        assertThatThrownBy(() -> new Thresholds(1.5, 0.2)).isInstanceOf(IllegalArgumentException.class);
    }
}
