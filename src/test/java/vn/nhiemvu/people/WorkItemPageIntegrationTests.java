package vn.nhiemvu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The task's work-item page (Nghị định 335): the lead unit's head chooses the performers and records a check through
 * the page's forms, without JavaScript; others see what is recorded and only the forms their part allows; a bad date
 * is refused beside its field in Vietnamese; the same form sent twice records once (ADR 0049).
 */
@IntegrationTest
class WorkItemPageIntegrationTests {

    private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

    @LocalServerPort
    int port;

    private long task(String title) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("leadUnit", Map.of("code", "TCCB"));
        body.put("deadline", LocalDate.now(HANOI).plusDays(30).toString());
        return Api.as(port, "vanphong").post("/api/v1/tasks", body).json().get("id").asLong();
    }

    private int checks(long id) {
        return Api.as(port, "tccb").get("/api/v1/tasks/" + id + "/work-item").json().get("checks").size();
    }

    @Test
    void theHeadRecordsThroughThePageAndOthersSeeOnlyTheirForms() {
        long id = task("Sản phẩm quy đổi trên trang " + System.nanoTime());
        String path = "/tasks/" + id + "/work-item";
        var head = FormSession.signIn(port, "tccb");
        assertThat(head.get("/tasks/" + id).body()).contains("id=\"work-item-link\"");

        String page = head.get(path).body();
        assertThat(page).contains("id=\"performers-form\"", "id=\"weight-form\"", "Nguyễn Văn An")
                .doesNotContain("id=\"check-form\"", "id=\"cause-form\"");
        var chosen = head.submitAll(path + "/performers", page, List.of(Map.entry("performers", "tccb.an")));
        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(chosen.headers().firstValue("Location").orElseThrow()).endsWith(path);

        page = head.get(path).body();
        assertThat(page).contains("Đã lưu người thực hiện.", "id=\"check-form\"");
        // A day that is not in the calendar, then a day after today: each refused beside the date, in Vietnamese.
        var refused = head.submit(path + "/quality-checks", page,
                Map.of("performer", "tccb.an", "checkedOn", "31/02/2026", "passed", "true", "note", ""));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("id=\"error-checkedOn\"", "Không có ngày 31/02/2026 trong lịch",
                "value=\"31/02/2026\"");
        String tomorrow = LocalDate.now(HANOI).plusDays(1).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        refused = head.submit(path + "/quality-checks", page,
                Map.of("performer", "tccb.an", "checkedOn", tomorrow, "passed", "false", "note", ""));
        assertThat(refused.body()).contains("Ngày kiểm tra không được sau ngày hôm nay.",
                "Cần nêu vì sao sản phẩm chưa đạt yêu cầu chất lượng.");
        assertThat(checks(id)).isZero();

        // Sent twice with one submission id (a double click): one check.
        String today = LocalDate.now(HANOI).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        var form = Map.of("performer", "tccb.an", "checkedOn", today, "passed", "false",
                "note", "Thiếu phụ lục số liệu", "_submission", "kiem-tra-" + System.nanoTime());
        var once = head.submit(path + "/quality-checks", page, form);
        var again = head.submit(path + "/quality-checks", page, form);
        assertThat(once.statusCode()).isEqualTo(302);
        assertThat(again.headers().firstValue("Location")).isEqualTo(once.headers().firstValue("Location"));
        assertThat(checks(id)).isEqualTo(1);
        assertThat(head.get(path).body()).contains("Không đạt yêu cầu", "Thiếu phụ lục số liệu", today);

        // A performer of the lead unit reads the work item, with no form.
        String performer = FormSession.signIn(port, "tccb.an").get(path).body();
        assertThat(performer).contains("Thiếu phụ lục số liệu").doesNotContain("<form class=\"form\"");
        // The Office confirms objective causes, and chooses no one.
        var officer = FormSession.signIn(port, "vanphong");
        String office = officer.get(path).body();
        assertThat(office).contains("id=\"cause-form\"", "<option value=\"tccb.an\"")
                .doesNotContain("id=\"performers-form\"", "id=\"weight-form\"", "id=\"check-form\"");
        assertThat(officer.submit(path + "/objective-causes", office, Map.of("performer", "tccb.an",
                "decision", "45/QĐ-BNV", "decidedOn", today, "cause", "Chờ số liệu của Tổng cục Thống kê"))
                .statusCode()).isEqualTo(302);
        assertThat(head.get(path).body()).contains("45/QĐ-BNV", "Chờ số liệu của Tổng cục Thống kê");
        // Another unit does not see the task at all.
        assertThat(FormSession.signIn(port, "cdsqg").get(path).statusCode()).isEqualTo(404);
    }

    @Test
    void aWeightOutOfRangeIsRefusedBesideItsField() {
        long id = task("Hệ số quy đổi ngoài khoảng " + System.nanoTime());
        String path = "/tasks/" + id + "/work-item";
        var head = FormSession.signIn(port, "tccb");
        String page = head.get(path).body();
        for (String typed : List.of("500", "hai")) {
            var refused = head.submit(path + "/weight", page, Map.of("weight", typed));
            assertThat(refused.statusCode()).isEqualTo(200);
            assertThat(refused.body()).contains("id=\"error-weight\"", "Hệ số quy đổi phải từ 0,1 đến 100",
                    "value=\"" + typed + "\"");
        }
        assertThat(head.submit(path + "/weight", page, Map.of("weight", "2,5")).statusCode()).isEqualTo(302);
        assertThat(head.get(path).body()).contains("Đã lưu hệ số quy đổi.", "<strong id=\"weight-value\">2,5</strong>",
                "value=\"2,5\"");
    }
}
