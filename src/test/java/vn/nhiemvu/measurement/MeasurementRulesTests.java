package vn.nhiemvu.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.InvalidInputException;

/** The indicators' rules in plain Java: periods, the linear trend, the status, what a definition and a value need. */
class MeasurementRulesTests {

    private static final Indicator DISBURSEMENT = new Indicator(1, 1, "GIAINGAN", "Giải ngân vốn đầu tư công", "%",
            Direction.HIGHER_IS_BETTER, new BigDecimal("90"), Frequency.QUARTERLY, 2026, 7, null, null);

    private long ids;
    private final List<IndicatorValue> values = new ArrayList<>();

    private void record(String period, String value, String correction) {
        var p = DISBURSEMENT.frequency().period(2026, period).orElseThrow();
        ids++;
        values.add(new IndicatorValue(ids, 1, p.key(), p.to(), new BigDecimal(value), "Báo cáo", null, correction,
                "khtc", Instant.parse("2026-12-01T00:00:00Z").plusSeconds(ids)));
    }

    @Test
    void theTaskMetricsReadTheEvaluatorsScorecard() {
        // 7 due: 4 on time, 1 late, 2 overdue; 9 working days late over the late and the overdue.
        var card = new vn.nhiemvu.evaluation.Scorecard("A", "A", 7, 4, 1, 2, 9, 1);
        assertThat(TaskMetric.ON_TIME_RATIO.of(card)).contains(new BigDecimal("57.14"));
        assertThat(TaskMetric.OVERDUE_COUNT.of(card)).contains(BigDecimal.valueOf(2));
        assertThat(TaskMetric.WORKING_DAYS_LATE.of(card)).contains(BigDecimal.valueOf(9));
        var none = new vn.nhiemvu.evaluation.Scorecard("A", "A", 0, 0, 0, 0, 0, 1);
        assertThat(TaskMetric.ON_TIME_RATIO.of(none)).isEmpty();
        assertThat(TaskMetric.OVERDUE_COUNT.of(none)).contains(BigDecimal.ZERO);
        assertThat(TaskMetric.ON_TIME_RATIO.better()).isEqualTo(Direction.HIGHER_IS_BETTER);
    }

    @Test
    void periodsOfEachFrequencyWithTheirLastDays() {
        assertThat(Frequency.MONTHLY.periods(2028)).hasSize(12);
        assertThat(Frequency.MONTHLY.period(2028, "2028-02").orElseThrow().to()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Frequency.QUARTERLY.period(2026, "2026-q3").orElseThrow())
                .isEqualTo(new Frequency.Period("2026-Q3", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 30)));
        assertThat(Frequency.YEARLY.period(2026, "2026").orElseThrow().to()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Frequency.MONTHLY.period(2026, "2026-3")).isEmpty();
        assertThat(Frequency.QUARTERLY.period(2026, "2025-Q1")).isEmpty();
        assertThat(Frequency.QUARTERLY.period(2026, "2026-03")).isEmpty();
    }

    @Test
    void theTrendIsTheLeastSquaresLineExtendedToTheYearEnd() {
        // Two points: the line through them. 31/03 → 30/06 is 91 days, 30/06 → 31/12 is 184 more.
        record("2026-Q1", "20", null);
        record("2026-Q2", "40", null);
        IndicatorStanding s = IndicatorStanding.of(DISBURSEMENT, values);
        assertThat(s.forecast()).isEqualByComparingTo("80.4396"); // 40 + 20 × 184 / 91
        assertThat(s.trend().points()).isEqualTo(2);
        assertThat(s.status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(s.attainment()).isEqualByComparingTo(new BigDecimal("40").divide(new BigDecimal("90"),
                java.math.MathContext.DECIMAL64));
        // Three points not on a line: the least-squares fit, by hand. x in days from 31/03: 0, 91, 183; y 20, 40, 50.
        record("2026-Q3", "50", null);
        double mx = (0 + 91 + 183) / 3.0;
        double my = (20 + 40 + 50) / 3.0;
        double b = ((0 - mx) * (20 - my) + (91 - mx) * (40 - my) + (183 - mx) * (50 - my))
                / ((0 - mx) * (0 - mx) + (91 - mx) * (91 - mx) + (183 - mx) * (183 - mx));
        double atYearEnd = my + b * (275 - mx);
        assertThat(IndicatorStanding.of(DISBURSEMENT, values).forecast().doubleValue()).isCloseTo(atYearEnd,
                org.assertj.core.data.Offset.offset(0.0001));
    }

    @Test
    void aCorrectionReplacesThePeriodsValueAndBothStay() {
        record("2026-Q1", "20", null);
        record("2026-Q2", "40", null);
        record("2026-Q2", "55", "Số liệu Kho bạc cập nhật");
        IndicatorStanding s = IndicatorStanding.of(DISBURSEMENT, values);
        assertThat(s.values()).extracting(IndicatorValue::value).containsExactly(new BigDecimal("20"), new BigDecimal("55"));
        assertThat(s.history()).hasSize(3);
        assertThat(s.history().get(0).correction()).isEqualTo("Số liệu Kho bạc cập nhật");
        assertThat(s.forecast()).isEqualByComparingTo("125.7692"); // 55 + 35 × 184 / 91
        assertThat(s.status()).isEqualTo(IndicatorStatus.ON_TRACK);
    }

    @Test
    void statusWithoutValuesWithOneAndOnceTheLastPeriodIsMeasured() {
        assertThat(IndicatorStanding.of(DISBURSEMENT, values).status()).isEqualTo(IndicatorStatus.NO_DATA);
        record("2026-Q1", "95", null);
        IndicatorStanding one = IndicatorStanding.of(DISBURSEMENT, values);
        assertThat(one.status()).isEqualTo(IndicatorStatus.TOO_FEW_VALUES);
        assertThat(one.forecast()).isNull();
        record("2026-Q4", "89.5", null);
        assertThat(IndicatorStanding.of(DISBURSEMENT, values).status()).isEqualTo(IndicatorStatus.MISSED);
        record("2026-Q4", "90", "Đính chính");
        assertThat(IndicatorStanding.of(DISBURSEMENT, values).status()).isEqualTo(IndicatorStatus.MET);
    }

    @Test
    void lowerIsBetterMeetsAtOrBelowTheTarget() {
        var overdue = new Indicator(2, 1, "QUAHAN", "Nhiệm vụ quá hạn", "nhiệm vụ", Direction.LOWER_IS_BETTER,
                new BigDecimal("5"), Frequency.MONTHLY, 2026, 7, null, null);
        var list = List.of(value(overdue, "2026-01", "12", 1), value(overdue, "2026-02", "10", 2));
        // Falling by 2 a month (28 days apart, then 306 days to 31/12): the line reaches ≤ 5 well before.
        assertThat(IndicatorStanding.of(overdue, list).status()).isEqualTo(IndicatorStatus.ON_TRACK);
        var rising = List.of(value(overdue, "2026-01", "3", 1), value(overdue, "2026-02", "4", 2));
        assertThat(IndicatorStanding.of(overdue, rising).status()).isEqualTo(IndicatorStatus.AT_RISK);
        assertThat(Direction.LOWER_IS_BETTER.meets(new BigDecimal("5"), new BigDecimal("5.0"))).isTrue();
    }

    @Test
    void aValueNeedsAPeriodBegunASourceAndForAPeriodMeasuredAReason() {
        var today = LocalDate.of(2026, 5, 10);
        var ok = new ValueDraft(" 2026-q2 ", new BigDecimal("31.5"), "Báo cáo 12/BC-KHTC", null, null);
        assertThat(ok.check(DISBURSEMENT, Set.of("2026-Q1"), today).key()).isEqualTo("2026-Q2");
        assertThat(fields(() -> new ValueDraft("2026-Q3", new BigDecimal("1"), "x", null, null)
                .check(DISBURSEMENT, Set.of(), today))).containsExactly("period");
        assertThat(fields(() -> new ValueDraft("2026-05", null, " ", null, null).check(DISBURSEMENT, Set.of(), today)))
                .containsExactly("period", "value", "source");
        assertThat(fields(() -> new ValueDraft("2026-Q1", new BigDecimal("1"), "x", null, null)
                .check(DISBURSEMENT, Set.of("2026-Q1"), today))).containsExactly("correction");
        assertThat(fields(() -> new ValueDraft("2026-Q1", new BigDecimal("1.00001"), "x", null, "sửa")
                .check(DISBURSEMENT, Set.of("2026-Q1"), today))).containsExactly("value");
    }

    @Test
    void aDefinitionNamesEveryFieldInErrorAtOnce() {
        var bad = new IndicatorDraft("có dấu", " ", null, null, null, null, 1999, "KHONGCO", "KHONGCO", null);
        assertThat(fields(() -> bad.check(0, 1, List.of(), u -> Optional.empty(), a -> Optional.empty())))
                .containsExactly("code", "name", "unitOfMeasure", "direction", "target", "frequency", "year", "ownerUnit",
                        "area");
        var taken = new IndicatorDraft("giaingan", "Giải ngân", "%", Direction.HIGHER_IS_BETTER, BigDecimal.TEN,
                Frequency.QUARTERLY, 2026, "KHTC", null, null);
        assertThat(fields(() -> taken.check(0, 1, List.of(DISBURSEMENT), u -> Optional.of(7L), a -> Optional.empty())))
                .containsExactly("code");
        assertThat(taken.check(1, 1, List.of(DISBURSEMENT), u -> Optional.of(7L), a -> Optional.empty()).code())
                .isEqualTo("GIAINGAN");
    }

    private static IndicatorValue value(Indicator i, String period, String value, long id) {
        var p = i.frequency().period(i.periodYear(), period).orElseThrow();
        return new IndicatorValue(id, i.id(), p.key(), p.to(), new BigDecimal(value), "Đếm", null, null, "x",
                Instant.EPOCH.plusSeconds(id));
    }

    private static List<String> fields(Runnable check) {
        var thrown = new InvalidInputException[1];
        assertThatThrownBy(check::run).isInstanceOfSatisfying(InvalidInputException.class, e -> thrown[0] = e);
        return thrown[0].errors().stream().map(InvalidInputException.FieldError::field).toList();
    }
}
