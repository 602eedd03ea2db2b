package vn.nhiemvu.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Dates typed into the pages' fields: day first, whatever the browser's language. */
class DatesTests {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            15/01/2027   | 2027-01-15
            5/1/2027     | 2027-01-05
            05.01.2027   | 2027-01-05
            05-01-2027   | 2027-01-05
            ' 12/05/2027 ' | 2027-05-12
            2027-01-15   | 2027-01-15
            29/02/2028   | 2028-02-29
            """)
    void readsDayMonthYearAndIso(String typed, LocalDate expected) {
        assertThat(Dates.parse(typed)).isEqualTo(expected);
        assertThat(Dates.format(expected)).isEqualTo("%02d/%02d/%d".formatted(expected.getDayOfMonth(),
                expected.getMonthValue(), expected.getYear()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            31/02/2027   | Không có ngày 31/02/2027
            29/02/2027   | Không có ngày 29/02/2027
            15/13/2027   | Không có ngày 15/13/2027
            2027-02-31   | Không có ngày 31/02/2027
            15/01/27     | không phải là ngày
            mai          | không phải là ngày
            01/01/1900   | năm phải trong khoảng 1945–2199
            """)
    void refusesWhatIsNoDayInVietnamese(String typed, String message) {
        assertThatThrownBy(() -> Dates.parse(typed)).isInstanceOf(InputRules.Refused.class).hasMessageContaining(message);
    }
}
