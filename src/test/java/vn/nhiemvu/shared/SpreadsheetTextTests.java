package vn.nhiemvu.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTests {

    @Test
    void textAFormulaCouldStartWithGetsAnApostrophe() {
        for (String text : new String[] { "=1+1", "+84 24", "-5", "@SUM(A1)", "\tx", "\rx" }) {
            assertThat(SpreadsheetText.neutralized(text)).isEqualTo("'" + text);
        }
        assertThat(SpreadsheetText.neutralized("Báo cáo = tổng kết")).isEqualTo("Báo cáo = tổng kết");
        assertThat(SpreadsheetText.neutralized("")).isEmpty();
        assertThat(SpreadsheetText.neutralized(null)).isNull();
        assertThat(SpreadsheetText.cell(-5)).isEqualTo(-5);
        assertThat(SpreadsheetText.cell(LocalDate.of(2021, 3, 31))).isEqualTo(LocalDate.of(2021, 3, 31));
    }
}
