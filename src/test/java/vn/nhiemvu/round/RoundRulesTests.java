package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.nhiemvu.deadline.DeadlinePhraseParser;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.support.WeekendCalendar;

/** The deadline read from the letter's wording, lateness by working days, and what a round still receives. */
class RoundRulesTests {

    private final WeekendCalendar calendar = WeekendCalendar.withDaysOff("2024-02-08", "2024-02-09", "2024-02-12",
            "2024-02-13", "2024-02-14");
    private final DeadlinePhraseParser parser = new DeadlinePhraseParser();

    private LocalDate deadline(String text, LocalDate given, InvalidInputException.Collector errors) {
        return RoundDeadline.read(text, given, LocalDate.of(2024, 1, 9), parser, calendar, errors);
    }

    @Test
    void theSeedsWordingGivesItsDate() {
        var errors = new InvalidInputException.Collector();
        assertThat(deadline("trước ngày 15/01/2024 (thứ Hai)", null, errors)).isEqualTo(LocalDate.of(2024, 1, 15));
        assertThat(deadline("trong 5 ngày làm việc", null, errors)).isEqualTo(LocalDate.of(2024, 1, 16));
        errors.throwIfAny();
    }

    @Test
    void aWordingWithoutADateNeedsOneAndTheOrganisersDateWins() {
        var errors = new InvalidInputException.Collector();
        assertThat(deadline("sớm", null, errors)).isNull();
        assertThat(errors.has("deadlineText")).isTrue();
        var none = new InvalidInputException.Collector();
        assertThat(deadline("thường xuyên", LocalDate.of(2024, 2, 1), none)).isEqualTo(LocalDate.of(2024, 2, 1));
        none.throwIfAny();
        var before = new InvalidInputException.Collector();
        deadline("", LocalDate.of(2024, 1, 2), before);
        assertThat(before.has("deadline")).isTrue();
    }

    @Test
    void latenessCountsWorkingDaysAfterTheDayTheDeadlineIsJudgedBy() {
        LocalDate monday = LocalDate.of(2024, 1, 15);
        assertThat(Lateness.of(monday, monday, calendar)).isEqualTo(Lateness.ON_TIME);
        assertThat(Lateness.of(monday, LocalDate.of(2024, 1, 16), calendar)).isEqualTo(new Lateness(true, 1));
        assertThat(Lateness.of(monday, LocalDate.of(2024, 1, 22), calendar)).isEqualTo(new Lateness(true, 5));
        // Tết (8–14/02/2024) counts for nothing: Wednesday 07/02 to Thursday 15/02 is one working day late.
        assertThat(Lateness.of(LocalDate.of(2024, 2, 7), LocalDate.of(2024, 2, 15), calendar))
                .isEqualTo(new Lateness(true, 1));
        // The Saturday after a Friday deadline: late, by no working day.
        assertThat(Lateness.of(LocalDate.of(2024, 1, 19), LocalDate.of(2024, 1, 20), calendar))
                .isEqualTo(new Lateness(true, 0));
    }

    private static ProposalRound round(boolean acceptLate) {
        return new ProposalRound(1, 1, 2, "Đề xuất nhiệm vụ", "", "", LocalDate.of(2024, 1, 9), "trước ngày 15/01/2024",
                LocalDate.of(2024, 1, 15), acceptLate, RoundStatus.OPEN, List.of(5L, 6L), new RoundTemplate(List.of()),
                "cdsqg", Instant.EPOCH, null, null, 0);
    }

    @Test
    void lateAnswersAreTakenOnlyWhenTheOrganiserSaysSoAndNothingAfterClosing() {
        var late = new Lateness(true, 3);
        assertThat(round(true).intakeRefusal(late)).isEmpty();
        assertThat(round(false).intakeRefusal(Lateness.ON_TIME)).isEmpty();
        assertThat(round(false).intakeRefusal(late).map(vn.nhiemvu.shared.Message::vietnamese)).hasValue(
                "Đã quá thời hạn 15/01/2024 (3 ngày làm việc); đơn vị tổ chức không nhận đề xuất muộn.");
        ProposalRound closed = round(true).close("cdsqg", Instant.EPOCH);
        assertThat(closed.status()).isEqualTo(RoundStatus.CLOSED);
        assertThat(closed.version()).isEqualTo(1);
        assertThat(closed.intakeRefusal(Lateness.ON_TIME)).isPresent();
        assertThat(closed.addressed(5)).isTrue();
        assertThat(closed.addressed(7)).isFalse();
    }
}
