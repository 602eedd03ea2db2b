package vn.nhiemvu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The year's rating in plain Java: the mean of the quarters that have a total, graded by the same thresholds. */
class YearRatingTests {

    private final SheetRules rules = SheetRules.defaults();

    private static SheetRules.Sheet sheet(String period, String total) {
        return new SheetRules.Sheet(SheetPeriod.parse(period), SheetPeriod.parse(period).to(), List.of(), List.of(),
                BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, null, null, null, null, null,
                total == null ? null : new BigDecimal(total), null);
    }

    @Test
    void theMeanOfTheQuartersWithATotal() {
        var rating = rules.yearly(2026, List.of(sheet("2026-Q1", "92"), sheet("2026-Q2", "85.5"),
                sheet("2026-Q3", null), sheet("2026-Q4", "88")));
        assertThat(rating.counted()).isEqualTo(3);
        assertThat(rating.total()).isEqualByComparingTo("88.50"); // (92 + 85.5 + 88) / 3
        assertThat(rating.grade()).isEqualTo(Grade.GOOD);
        assertThat(rating.sheets()).hasSize(4);
        assertThat(rules.yearly(2026, List.of(sheet("2026-Q1", "95"), sheet("2026-Q2", "89.99"))).total())
                .isEqualByComparingTo("92.50"); // 92.495 rounds half up
        assertThat(rules.yearly(2026, List.of(sheet("2026-Q1", "95"), sheet("2026-Q2", "89.99"))).grade())
                .isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void noTotalNoRating() {
        var rating = rules.yearly(2026, List.of(sheet("2026-Q1", null)));
        assertThat(rating.total()).isNull();
        assertThat(rating.grade()).isNull();
        assertThat(rating.counted()).isZero();
    }
}
