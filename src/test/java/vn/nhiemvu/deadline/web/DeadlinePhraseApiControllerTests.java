package vn.nhiemvu.deadline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.http.ProblemDetail;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.deadline.DeadlinePhraseParser;

/** Before the calendar module is merged there is no WorkingCalendar bean: the endpoint still works where it needs none. */
class DeadlinePhraseApiControllerTests {

    private final DeadlinePhraseApiController controller = new DeadlinePhraseApiController(new DeadlinePhraseParser(),
            new StaticListableBeanFactory().getBeanProvider(WorkingCalendar.class),
            Clock.fixed(Instant.parse("2020-07-14T03:00:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

    @Test
    void answersPhrasesThatNeedNoWorkingDays() {
        var response = controller.parse(new DeadlinePhraseApiController.ParseRequest("trong quý III năm 2020", null));

        assertThat(response.getStatusCode().value()).isEqualTo(200);
        var body = (DeadlinePhraseApiController.ParsedDeadline) response.getBody();
        assertThat(body.date()).isEqualTo(LocalDate.of(2020, 9, 30));
    }

    @Test
    void saysSoWhenWorkingDaysAreNeededAndThereIsNoCalendar() {
        var response = controller.parse(new DeadlinePhraseApiController.ParseRequest(
                "trong 10 ngày làm việc kể từ ngày 05/10/2020", null));

        assertThat(response.getStatusCode().value()).isEqualTo(503);
        assertThat(((ProblemDetail) response.getBody()).getDetail()).startsWith("Chưa có lịch ngày làm việc");
    }
}
