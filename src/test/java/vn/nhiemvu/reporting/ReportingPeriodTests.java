package vn.nhiemvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import vn.nhiemvu.shared.InvalidInputException;

/** The data windows of Nghị định 09/2019/NĐ-CP Điều 12, both ends inclusive, and the period before each. */
class ReportingPeriodTests {

    @ParameterizedTest(name = "{0}: {1} → {2}, before it {3}")
    @CsvSource({
            "2020-M11, 2020-10-15, 2020-11-14, 2020-M10, Tháng 11 năm 2020",
            "2020-M1,  2019-12-15, 2020-01-14, 2019-M12, Tháng 1 năm 2020",
            "2020-M3,  2020-02-15, 2020-03-14, 2020-M2,  Tháng 3 năm 2020",
            "2020-Q1,  2019-12-15, 2020-03-14, 2019-Q4,  Quý I năm 2020",
            "2020-Q3,  2020-06-15, 2020-09-14, 2020-Q2,  Quý III năm 2020",
            "2020-Q4,  2020-09-15, 2020-12-14, 2020-Q3,  Quý IV năm 2020",
            "2020-H1,  2019-12-15, 2020-06-14, 2019-H2,  6 tháng đầu năm 2020",
            "2020-H2,  2020-06-15, 2020-12-14, 2020-H1,  6 tháng cuối năm 2020",
            "2020-9M,  2019-12-15, 2020-09-14, 2019-9M,  9 tháng năm 2020",
            "2020-Y,   2019-12-15, 2020-12-14, 2019-Y,   Năm 2020" })
    void windowsOfTheDecree(String key, LocalDate from, LocalDate to, String previous, String label) {
        ReportingPeriod period = ReportingPeriod.parse(key, true);
        assertThat(period.key()).isEqualTo(key);
        assertThat(period.from()).isEqualTo(from);
        assertThat(period.to()).isEqualTo(to);
        assertThat(period.previous().key()).isEqualTo(previous);
        assertThat(period.label()).isEqualTo(label);
    }

    @Test
    void consecutiveQuartersAndMonthsLeaveNoGap() {
        for (int q = 1; q <= 4; q++) {
            ReportingPeriod p = ReportingPeriod.quarterly(2021, q);
            assertThat(p.previous().to().plusDays(1)).isEqualTo(p.from());
        }
        for (int m = 1; m <= 12; m++) {
            ReportingPeriod p = ReportingPeriod.monthly(2021, m);
            assertThat(p.previous().to().plusDays(1)).isEqualTo(p.from());
        }
        assertThat(ReportingPeriod.half(2021, 1).previous().to().plusDays(1)).isEqualTo(LocalDate.of(2020, 12, 15));
    }

    @Test
    void evaluatedAtTheLastSecondOfTheCutoffDayInVietNam() {
        assertThat(ReportingPeriod.parse("2020-Q3", true).evaluatedAt()).hasToString("2020-09-14T23:59:59+07:00");
    }

    @Test
    void customRangeAndTheOneBeforeItOfTheSameLength() {
        ReportingPeriod p = ReportingPeriod.custom(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 31));
        assertThat(p.key()).isEqualTo("2020-01-01_2020-01-31");
        assertThat(p.previous().from()).isEqualTo(LocalDate.of(2019, 12, 1));
        assertThat(p.previous().to()).isEqualTo(LocalDate.of(2019, 12, 31));
        assertThat(p.label()).isEqualTo("Từ 01/01/2020 đến 31/01/2020");
        assertThat(ReportingPeriod.custom(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1)).range())
                .isEqualTo("01/01/2020 – 01/01/2020");
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "2020", "2020-Q5", "2020-Q0", "2020-M13", "2020-M0", "2020-H3", "20-Q1", "2020-q3",
            "1800-Q1", "2020-Q3 ", "x2020-Q3", "2020-10M" })
    void badKeysAreBadInputNeverAnError(String key) {
        if (key.equals("2020-Q3 ")) {
            assertThat(ReportingPeriod.parse(key, true).key()).isEqualTo("2020-Q3");
            return;
        }
        assertThatThrownBy(() -> ReportingPeriod.parse(key, true)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("ỳ báo cáo");
    }

    @Test
    void nineMonthsOnlyWhereTheAgencyUsesThem() {
        assertThatThrownBy(() -> ReportingPeriod.parse("2020-9M", false)).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("9 tháng");
        assertThatThrownBy(() -> ReportingPeriod.parse(null, true)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void customRangesMustBeOrderedAndBounded() {
        assertThatThrownBy(() -> ReportingPeriod.custom(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("không trước ngày bắt đầu");
        assertThatThrownBy(() -> ReportingPeriod.custom(LocalDate.of(2010, 1, 1), LocalDate.of(2020, 1, 1)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("tối đa");
        assertThatThrownBy(() -> ReportingPeriod.custom(null, null)).isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).errors()).hasSize(2));
    }
}
