package vn.nhiemvu.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The calendar through HTTP: reading for everyone, recording days for administrators only. */
@IntegrationTest
class CalendarApiIntegrationTests {

    @LocalServerPort
    int port;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private Api admin() {
        return Api.as(port, "admin");
    }

    @Test
    void aYearListsTheWeekdaysOffAndTheWorkingWeekendDaysWithTheirDocuments() {
        var response = office().get("/api/v1/calendar/2025");
        assertThat(response.status()).isEqualTo(200);
        JsonNode year = response.json();
        assertThat(year.get("year").asInt()).isEqualTo(2025);
        assertThat(year.get("officialRows").asBoolean()).isTrue();
        assertThat(year.get("workingDays").asLong()).isEqualTo(250);
        List<String> dates = year.get("days").valueStream().map(d -> d.get("date").asString()).toList();
        assertThat(dates).containsExactly("2025-01-01", "2025-01-27", "2025-01-28", "2025-01-29", "2025-01-30",
                "2025-01-31", "2025-04-07", "2025-04-26", "2025-04-30", "2025-05-01", "2025-05-02", "2025-09-01",
                "2025-09-02");
        JsonNode saturday = year.get("days").get(7);
        assertThat(saturday.get("kind").asString()).isEqualTo("WORKING_SATURDAY");
        assertThat(saturday.get("kindLabel").asString()).isEqualTo("Làm việc bù");
        assertThat(saturday.get("source").asString()).isEqualTo("8726/VPCP-KGVX (26/11/2024)");
        assertThat(saturday.get("official").asBoolean()).isTrue();
        assertThat(year.get("days").get(1).get("reason").asString()).startsWith("Tết Nguyên đán");
    }

    @Test
    void aYearWithoutNoticesIsTheStatutoryProposal() {
        JsonNode year = office().get("/api/v1/calendar/2030").json();
        assertThat(year.get("officialRows").asBoolean()).isFalse();
        assertThat(year.get("days")).isNotEmpty().allSatisfy(d -> {
            assertThat(d.get("official").asBoolean()).isFalse();
            assertThat(d.get("status").asString()).contains("chưa có thông báo chính thức");
            assertThat(d.get("source").asString()).contains("45/2019/QH14");
        });
        // Tết Canh Tuất is Saturday 02/02/2030 (China: 03/02)
        assertThat(year.get("days").valueStream().map(d -> d.get("date").asString()))
                .contains("2030-01-31", "2030-02-01", "2030-02-04", "2030-02-05", "2030-02-06");
    }

    @Test
    void countsAndAddsWorkingDays() {
        JsonNode count = office().get("/api/v1/calendar/working-days?from=2025-01-01&to=2025-01-31").json();
        assertThat(count.get("from").asString()).isEqualTo("2025-01-01");
        assertThat(count.get("to").asString()).isEqualTo("2025-01-31");
        assertThat(count.get("workingDays").asLong()).isEqualTo(17);

        JsonNode added = office().get("/api/v1/calendar/add-working-days?date=2025-01-24&days=1").json();
        assertThat(added.get("date").asString()).isEqualTo("2025-01-24");
        assertThat(added.get("days").asInt()).isEqualTo(1);
        assertThat(added.get("result").asString()).isEqualTo("2025-02-03");
        assertThat(office().get("/api/v1/calendar/add-working-days?date=2026-01-05&days=-1").json().get("result")
                .asString()).isEqualTo("2025-12-31");
    }

    @Test
    void badInputIsAVietnameseProblem() {
        var year = office().get("/api/v1/calendar/1899");
        assertThat(year.status()).isEqualTo(400);
        assertThat(year.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:validation");
        assertThat(year.json().get("title").asString()).isEqualTo("Dữ liệu không hợp lệ");
        assertThat(year.json().get("detail").asString()).contains("Năm 1899 nằm ngoài phạm vi");
        assertThat(year.json().get("errors").get(0).get("field").asString()).isEqualTo("year");

        var date = office().get("/api/v1/calendar/working-days?from=2025-02-30&to=2025-03-01");
        assertThat(date.status()).isEqualTo(400);
        assertThat(date.json().get("errors").get(0).get("field").asString()).isEqualTo("from");

        var missing = office().get("/api/v1/calendar/add-working-days?date=2025-01-01");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("detail").asString()).contains("Thiếu tham số bắt buộc \"days\"");

        var outside = office().get("/api/v1/calendar/add-working-days?date=2199-12-30&days=5");
        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.json().get("detail").asString()).contains("ngoài phạm vi");

        assertThat(office().get("/api/v1/calendar/abc").status()).isEqualTo(400);
        assertThat(Api.anonymous(port).get("/api/v1/calendar/2025").status()).isEqualTo(401);
    }

    @Test
    void onlyAnAdministratorRecordsAndRemovesDays() {
        Map<String, Object> dayOff = Map.of("date", "2031-06-13", "kind", "DAY_OFF", "occasion", "OTHER",
                "reason", "Nghỉ thử nghiệm", "sourceDocument", "99/TB-THU");
        var refused = office().post("/api/v1/calendar/days", dayOff);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:forbidden");
        assertThat(refused.json().get("detail").asString()).contains("Chỉ quản trị hệ thống");

        String count = "/api/v1/calendar/working-days?from=2031-06-09&to=2031-06-15";
        assertThat(office().get(count).json().get("workingDays").asLong()).isEqualTo(5);

        var created = admin().post("/api/v1/calendar/days", dayOff);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo("/api/v1/calendar/days/2031-06-13");
        assertThat(created.json().get("official").asBoolean()).isTrue();
        try {
            // the tables follow at once, for everyone
            assertThat(office().get(count).json().get("workingDays").asLong()).isEqualTo(4);
            assertThat(office().get("/api/v1/calendar/2031").json().get("officialRows").asBoolean()).isTrue();

            var again = admin().post("/api/v1/calendar/days", dayOff);
            assertThat(again.status()).isEqualTo(400);
            assertThat(again.json().get("detail").asString()).contains("đã có trong lịch");

            assertThat(office().delete("/api/v1/calendar/days/2031-06-13").status()).isEqualTo(403);
        } finally {
            assertThat(admin().delete("/api/v1/calendar/days/2031-06-13").status()).isEqualTo(204);
        }
        assertThat(office().get(count).json().get("workingDays").asLong()).isEqualTo(5);
        assertThat(admin().delete("/api/v1/calendar/days/2031-06-13").status()).isEqualTo(404);
    }

    @Test
    void recordingChecksEveryFieldInVietnamese() {
        var saturdayOff = admin().post("/api/v1/calendar/days", Map.of("date", "2031-06-14", "kind", "DAY_OFF",
                "reason", "", "sourceDocument", " "));
        assertThat(saturdayOff.status()).isEqualTo(400);
        assertThat(saturdayOff.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactly("kind", "reason", "sourceDocument");
        assertThat(saturdayOff.json().get("errors").get(0).get("message").asString())
                .contains("phải là ngày làm việc (thứ Hai đến thứ Sáu)");

        var mondayWorked = admin().post("/api/v1/calendar/days", Map.of("date", "2031-06-16", "kind",
                "WORKING_SATURDAY", "reason", "Làm bù", "sourceDocument", "1/TB"));
        assertThat(mondayWorked.status()).isEqualTo(400);
        assertThat(mondayWorked.json().get("detail").asString()).contains("phải là thứ Bảy hoặc Chủ nhật");

        var unknownKind = admin().post("/api/v1/calendar/days", Map.of("date", "2031-06-16", "kind", "PICNIC"));
        assertThat(unknownKind.status()).isEqualTo(400);
        assertThat(unknownKind.json().get("errors").get(0).get("field").asString()).isEqualTo("kind");
    }

    @Test
    void theCalendarPageShowsTheYearToSignedInUsers() throws Exception {
        var office = FormSession.signIn(port, "vanphong", true);
        var page = office.get("/calendar?year=2025");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Lịch làm việc năm <span>2025</span>", "Ất Tỵ", "Tháng 12",
                "/css/calendar.css", "Làm việc bù", "8726/VPCP-KGVX", "data-date=\"2025-04-26\"");
        assertThat(page.body()).containsPattern("class=\"weekend working-saturday\"[^>]*data-date=\"2025-04-26\"");
        assertThat(page.body()).containsPattern("class=\"holiday\"[^>]*data-date=\"2025-01-29\"");
        assertThat(office.get("/calendar?year=2031").body()).contains("chưa có thông báo chính thức");
        assertThat(office.get("/calendar?year=2300").statusCode()).isEqualTo(400);
        assertThat(office.get("/css/calendar.css").statusCode()).isEqualTo(200);
    }
}
