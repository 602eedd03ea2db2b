package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A deadline typed as the directive words it, with the date left empty, is never saved as "no
 * deadline" (issue 14, the first trap): not from the task form, not from the API.
 */
@IntegrationTest
class DeadlineWordingIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theTaskFormRefusesAWordingThatHoldsADateWhileTheDateIsEmpty() {
        var office = FormSession.signIn(port, "vanphong");
        String title = "Trình đề án chuyển đổi số " + System.nanoTime();
        var form = new LinkedHashMap<String, String>();
        form.put("kind", "SCHEME");
        form.put("title", title);
        form.put("leadUnit", "CDSQG");
        form.put("deadline", "");
        form.put("deadlineText", "trước ngày 15/01/2027");
        var answer = office.submit("/tasks", office.get("/tasks/new").body(), form);

        assertThat(answer.statusCode()).as("the form again, not a redirect to a new task").isEqualTo(200);
        var page = Jsoup.parse(answer.body());
        assertThat(page.select("#error-deadline").text()).contains("15/01/2027", "Thời hạn");
        assertThat(page.select("input[name=deadlineText]").val()).isEqualTo("trước ngày 15/01/2027");
        assertThat(page.select("input[name=title]").val()).isEqualTo(title);
        assertThat(Api.as(port, "vanphong").get("/api/v1/tasks?q=" + URLEncoder.encode(title, StandardCharsets.UTF_8))
                .json().get("items")).as("no task was created").isEmpty();
    }

    @Test
    void theApiRefusesItTooAndAcceptsItWithTheDate() {
        var office = Api.as(port, "vanphong");
        var body = new LinkedHashMap<String, Object>(Bodies.task("Báo cáo sơ kết " + System.nanoTime(), "CDSQG", null));
        body.put("deadlineText", "chậm nhất cuối quý I/2027");
        var refused = office.post("/api/v1/tasks", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("31/03/2027", "deadline");

        body.put("deadline", "2027-03-31");
        assertThat(office.post("/api/v1/tasks", body).status()).isEqualTo(201);
    }

    @Test
    void aWordingWithoutADateIsNoDeadlineAndARecurringOneSetsTheRecurrence() {
        var office = Api.as(port, "vanphong");
        var ongoing = new LinkedHashMap<String, Object>(Bodies.task("Theo dõi thường xuyên " + System.nanoTime(), "CDSQG", null));
        ongoing.put("deadlineText", "thường xuyên");
        var created = office.post("/api/v1/tasks", ongoing);
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("NO_DEADLINE");

        var monthly = new LinkedHashMap<String, Object>(Bodies.task("Báo cáo tháng " + System.nanoTime(), "CDSQG", null));
        monthly.put("deadlineText", "trước ngày 15 hằng tháng");
        monthly.put("deadline", "2027-01-15");
        var recurring = office.post("/api/v1/tasks", monthly);
        assertThat(recurring.status()).isEqualTo(201);
        assertThat(recurring.json().get("recurrence").get("frequency").asString()).isEqualTo("MONTHLY");
        assertThat(recurring.json().get("recurrence").get("dayOfMonth").asInt()).isEqualTo(15);

        var page = FormSession.signIn(port, "vanphong").get("/tasks/" + recurring.json().get("id").asLong());
        assertThat(Jsoup.parse(page.body()).select("#recurrence").text()).contains("hằng tháng", "ngày 15");
    }

    @Test
    void theReadingShowsWhatWasUnderstood() {
        var office = FormSession.signIn(port, "vanphong");
        var answer = office.get("/deadline-phrases/reading?text="
                + URLEncoder.encode("cuối quý I/2027", StandardCharsets.UTF_8) + "&reference=2026-12-07");
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"date\":\"31/03/2027\"", "cuối quý I/2027 → 31/03/2027");
        assertThat(office.get("/deadline-phrases/reading?text=" + URLEncoder.encode("sớm", StandardCharsets.UTF_8))
                .body()).contains("\"understood\":false");
        var english = office.get("/deadline-phrases/reading?lang=en&text="
                + URLEncoder.encode("cuối quý I/2027", StandardCharsets.UTF_8) + "&reference=2026-12-07");
        assertThat(english.body()).as("in the page's language").contains("end of quarter I/2027 → 31/03/2027");
        assertThat(office.get("/deadline-phrases/reading?lang=en&text=" + URLEncoder.encode("trong 10 ngày làm việc kể "
                + "từ ngày 05/10/2020", StandardCharsets.UTF_8)).body()).contains("10 working days from 05/10/2020");
    }
}
