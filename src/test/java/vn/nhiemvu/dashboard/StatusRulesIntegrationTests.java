package vn.nhiemvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static vn.nhiemvu.support.Bodies.task;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A holiday recorded on a task's deadline moves the deadline in force to the next working day without any task
 * changing: the dashboard recounts in the background and the task is no longer overdue; removing the day puts it
 * back. Both changes of the calendar are audited.
 */
@IntegrationTest
class StatusRulesIntegrationTests {

    private static final String UNIT = "TDKT";

    @LocalServerPort
    int port;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    private long overdue(Api office) {
        return office.get("/api/v1/dashboard/units").json().get("units").valueStream()
                .filter(u -> u.get("code").asString().equals(UNIT)).findFirst().orElseThrow()
                .get("counts").get("overdue").asLong();
    }

    @Test
    void aHolidayOnYesterdaysDeadlineIsCountedOnTheDashboardWithoutATaskChanging() {
        var office = Api.as(port, "vanphong");
        var admin = Api.as(port, "admin");
        // The last working day before today: a deadline then is overdue today, and a holiday then moves it to
        // the next working day, which is today or later.
        LocalDate deadline = LocalDate.now().minusDays(1);
        while (!calendar.isWorkingDay(deadline)) {
            deadline = deadline.minusDays(1);
        }
        long before = overdue(office);
        long id = office.post("/api/v1/tasks", task("Hạn rơi vào ngày nghỉ ghi sau", UNIT, deadline.toString()))
                .json().get("id").asLong();
        try {
            assertThat(overdue(office)).isEqualTo(before + 1);
            String day = deadline.toString();
            var recorded = admin.post("/api/v1/calendar/days", Map.of("date", day, "kind", "HOLIDAY", "occasion",
                    "OTHER", "reason", "Nghỉ đột xuất (thử)", "sourceDocument", "1/TB-THU"));
            assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
            try {
                await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(overdue(office)).isEqualTo(before));
            } finally {
                assertThat(admin.delete("/api/v1/calendar/days/" + day).status()).isEqualTo(204);
            }
            await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(overdue(office)).isEqualTo(before + 1));
            assertThat(jdbc.sql("select action from audit_event where entity_type = 'CALENDAR_DAY' and entity_id = :day"
                    + " order by id").param("day", deadline.toEpochDay()).query(String.class).list())
                    .containsExactly("CREATED", "DELETED");
        } finally {
            assertThat(office.delete("/api/v1/tasks/" + id).status()).isEqualTo(204);
        }
    }
}
