package vn.nhiemvu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.support.WeekendCalendar;

/** The rule for a deadline's wording beside its date, without Spring. */
class WordedDeadlineTests {

    private static final LocalDate REFERENCE = LocalDate.of(2026, 12, 7);
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    /** date empty ("") or dd/MM/yyyy; refusal: the date the message names, or "-" when accepted. */
    @ParameterizedTest(name = "\"{0}\" with \"{1}\" → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            trước ngày 15/01/2027            |            | 15/01/2027
            trước ngày 15/01/2027            | 15/01/2027 | -
            trước ngày 15/01/2027            | 14/01/2027 | -
            chậm nhất cuối quý I/2027        |            | 31/03/2027
            trong 10 ngày làm việc kể từ ngày 01/12/2026 | | 15/12/2026
            thường xuyên                     |            | -
            khẩn trương                      |            | -
            định kỳ hằng năm                 |            | -
                                             |            | -
            """)
    void aWordingThatNamesADateNeedsTheDate(String text, String date, String refused) {
        var worded = new WordedDeadline(text == null ? DeadlinePhrase.NOT_UNDERSTOOD
                : parser.parse(text, REFERENCE, new WeekendCalendar()),
                date == null ? null : LocalDate.parse(date, vn.nhiemvu.shared.Dates.DAY));
        if (refused.equals("-")) {
            assertThat(worded.refusal()).isEmpty();
        } else {
            assertThat(worded.refusal().orElseThrow().vietnamese()).contains(refused, "ô ngày còn trống");
        }
    }

    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            trước ngày 15 hằng tháng | MONTHLY | hằng tháng, ngày 15
            thứ Sáu hằng tuần        | WEEKLY  | hằng tuần, thứ Sáu
            định kỳ hằng năm         | YEARLY  | hằng năm
            """)
    void aRecurringWordingGivesTheRecurrence(String text, Recurrence.Frequency frequency, String label) {
        var worded = new WordedDeadline(parser.parse(text, REFERENCE, new WeekendCalendar()), null);
        assertThat(worded.recurrence().frequency()).isEqualTo(frequency);
        assertThat(worded.recurrence().label()).isEqualTo(label);
        assertThat(new WordedDeadline(parser.parse("trước ngày 15/01/2027", REFERENCE, new WeekendCalendar()), null)
                .recurrence()).isNull();
    }
}
