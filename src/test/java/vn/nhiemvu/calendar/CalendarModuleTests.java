package vn.nhiemvu.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.ForbiddenException;
import vn.nhiemvu.shared.InvalidInputException;
import vn.nhiemvu.shared.NotFoundException;

/**
 * The calendar module alone (Spring Modulith's module slice: its own beans and the cluster's signals, which reload
 * the working-day tables after a commit), on a database of its own so that it never meets the suite's shared one.
 * The rules of recording a day; the HTTP answers stay in {@link CalendarApiIntegrationTests}.
 */
@ApplicationModuleTest(extraIncludes = "cluster", webEnvironment = WebEnvironment.NONE)
@ActiveProfiles("test")
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:calendar-module;MODE=PostgreSQL;"
        + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class CalendarModuleTests {

    private static final CurrentUser ADMIN = new CurrentUser(1, "admin", "Quản trị", Role.ADMIN, 1, null, null);
    private static final CurrentUser OFFICE = new CurrentUser(2, "vanphong", "Văn phòng", Role.OFFICE, 1, null, null);
    private static final LocalDate FRIDAY = LocalDate.parse("2031-06-13");

    private final CalendarDays days;
    private final WorkingCalendar calendar;

    CalendarModuleTests(CalendarDays days, WorkingCalendar calendar) {
        this.days = days;
        this.calendar = calendar;
    }

    @Test
    void onlyAnAdministratorRecordsADayAndTheTablesFollowItsCommit(AssertablePublishedEvents events) {
        var dayOff = new NewCalendarDay(FRIDAY, DayKind.DAY_OFF, Occasion.OTHER, "Nghỉ thử nghiệm", "99/TB-THU");
        assertThatThrownBy(() -> days.record(OFFICE, dayOff)).isInstanceOf(ForbiddenException.class)
                .hasMessageContaining("Chỉ quản trị hệ thống");
        assertThat(calendar.isWorkingDay(FRIDAY)).isTrue();

        assertThat(days.record(ADMIN, dayOff).official()).isTrue();
        try {
            assertThat(calendar.isWorkingDay(FRIDAY)).isFalse();
            assertThat(days.hasOfficialRows(2031)).isTrue();
            assertThatThrownBy(() -> days.record(ADMIN, dayOff)).isInstanceOf(InvalidInputException.class)
                    .hasMessageContaining("đã có trong lịch");
            assertThatThrownBy(() -> days.remove(OFFICE, FRIDAY)).isInstanceOf(ForbiddenException.class);
        } finally {
            days.remove(ADMIN, FRIDAY);
        }
        assertThat(calendar.isWorkingDay(FRIDAY)).isTrue();
        assertThatThrownBy(() -> days.remove(ADMIN, FRIDAY)).isInstanceOf(NotFoundException.class);
        assertThat(events.ofType(CalendarDayChanged.class).matching(e -> e.date().equals(FRIDAY))).hasSize(2);
    }

    @Test
    void recordingChecksEveryFieldInVietnamese() {
        assertThatThrownBy(() -> days.record(ADMIN, new NewCalendarDay(LocalDate.parse("2031-06-14"), DayKind.DAY_OFF,
                null, "", " "))).isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.errors()).extracting(InvalidInputException.FieldError::field)
                            .containsExactly("kind", "reason", "sourceDocument");
                    assertThat(e.errors().get(0).message().vietnamese())
                            .contains("phải là ngày làm việc (thứ Hai đến thứ Sáu)");
                });
        assertThatThrownBy(() -> days.record(ADMIN, new NewCalendarDay(LocalDate.parse("2031-06-16"),
                DayKind.WORKING_SATURDAY, null, "Làm bù", "1/TB"))).isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("phải là thứ Bảy hoặc Chủ nhật");
    }
}
