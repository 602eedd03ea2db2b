package vn.nhiemvu.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.NhiemVuApplication;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The deadline-phrase endpoint through HTTP, as the Ministry Office uses it while typing in a
 * directive's tasks. Working days come from the weekend-only stand-in until the calendar module's
 * WorkingCalendar is merged; the dates here have no public holiday, so both give the same answers.
 */
@IntegrationTest
class DeadlinePhraseApiIntegrationTests {

    private static final String PARSE = "/api/v1/deadline-phrases/parse";

    @LocalServerPort
    int port;

    private Api office() {
        return Api.as(port, "vanphong");
    }

    @Test
    void findsTheDeadlineInASentenceOfTheResolution() {
        String text = "Bộ Kế hoạch và Đầu tư chủ trì, phối hợp với Văn phòng Chính phủ hướng dẫn các địa phương điện tử hóa "
                + "các chỉ tiêu thống kê theo Quyết định số 54/2016/QĐ-TTg ngày 19 tháng 12 năm 2016 của Thủ tướng Chính "
                + "phủ, hoàn thành trong quý III năm 2020.";
        var response = office().post(PARSE, Map.of("text", text, "reference", "2020-07-14"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        JsonNode body = response.json();
        assertThat(body.get("date").asString()).isEqualTo("2020-09-30");
        assertThat(body.get("kind").asString()).isEqualTo("END_OF_QUARTER");
        assertThat(body.get("matchedText").asString()).isEqualTo("hoàn thành trong quý III năm 2020");
        int start = body.get("span").get("start").asInt();
        int end = body.get("span").get("end").asInt();
        assertThat(text.substring(start, end)).isEqualTo("hoàn thành trong quý III năm 2020");
        assertThat(body.has("recurrence")).isFalse();
        assertThat(body.get("normalizedText").asString()).isEqualTo("cuối quý III/2020");
    }

    @Test
    void countsWorkingDaysAndRecurrences() {
        JsonNode relative = office().post(PARSE, Map.of("text", "trong 10 ngày làm việc kể từ ngày 05/10/2020",
                "reference", "2020-10-01")).json();
        assertThat(relative.get("date").asString()).isEqualTo("2020-10-19");
        assertThat(relative.get("kind").asString()).isEqualTo("RELATIVE");

        JsonNode monthly = office().post(PARSE, Map.of("text", "gửi báo cáo trước ngày 15 hằng tháng",
                "reference", "2020-10-20")).json();
        assertThat(monthly.get("kind").asString()).isEqualTo("RECURRING");
        assertThat(monthly.get("date").asString()).isEqualTo("2020-11-15");
        assertThat(monthly.get("recurrence").get("frequency").asString()).isEqualTo("MONTHLY");
        assertThat(monthly.get("recurrence").get("dayOfMonth").asInt()).isEqualTo(15);
        assertThat(monthly.get("recurrence").has("monthOfPeriod")).isFalse();

        JsonNode ongoing = office().post(PARSE, Map.of("text", "thường xuyên")).json();
        assertThat(ongoing.get("kind").asString()).isEqualTo("ONGOING");
        assertThat(ongoing.has("date")).isFalse();
    }

    @Test
    void withoutAReferenceCountsFromTodayInVietNam() {
        LocalDate today = LocalDate.now(NhiemVuApplication.ZONE);
        LocalDate expected = MonthDay.of(9, 30).atYear(today.getYear());
        if (expected.isBefore(today)) {
            expected = expected.plusYears(1);
        }
        var response = office().post(PARSE, Map.of("text", "truoc ngay 30/9"));

        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        assertThat(response.json().get("date").asString()).isEqualTo(expected.toString());
    }

    @Test
    void saysInVietnameseWhatItDidNotUnderstand() {
        var response = office().post(PARSE, Map.of("text", "khẩn trương, sớm", "reference", "2020-11-03"));

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("urn:nhiemvu:problem:deadline-not-understood");
        assertThat(response.json().get("detail").asString()).startsWith("Không hiểu cụm từ thời hạn: \"khẩn trương, sớm\"");

        assertThat(office().post(PARSE, Map.of("text", "31/2/2020")).status()).isEqualTo(422);
    }

    @Test
    void refusesBadRequests() {
        var missing = office().post(PARSE, Map.of("reference", "2020-11-03"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("errors").get(0).get("field").asString()).isEqualTo("text");
        assertThat(missing.json().get("detail").asString()).contains("Thiếu cụm từ thời hạn");

        assertThat(office().post(PARSE, Map.of("text", "   ")).status()).isEqualTo(400);
        assertThat(office().post(PARSE, Map.of("text", "năm 2021", "reference", "2020-02-30")).status()).isEqualTo(400);
        assertThat(office().post(PARSE, Map.of("text", "x".repeat(5_001))).status()).isEqualTo(400);
        assertThat(office().send("POST", PARSE, "{not json", Map.of()).status()).isEqualTo(400);
        assertThat(Api.anonymous(port).post(PARSE, Map.of("text", "năm 2021")).status()).isEqualTo(401);
    }
}
