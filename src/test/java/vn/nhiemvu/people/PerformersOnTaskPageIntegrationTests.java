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

/** The task's page names who carries the task out now, as the people module records it; a re-assignment shows. */
@IntegrationTest
class PerformersOnTaskPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theTaskPageShowsItsCurrentPerformers() {
        var office = Api.as(port, "vanphong");
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Người thực hiện trên trang nhiệm vụ");
        body.put("leadUnit", Map.of("code", "TCCB"));
        body.put("deadline", LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).plusDays(30).toString());
        long id = office.post("/api/v1/tasks", body).json().get("id").asLong();

        var session = FormSession.signIn(port, "vanphong");
        assertThat(session.get("/tasks/" + id).body()).contains("Người thực hiện", "Chưa chọn");

        var head = Api.as(port, "tccb");
        assertThat(head.put("/api/v1/tasks/" + id + "/performers", Map.of("performers", List.of("tccb.an")), Map.of())
                .status()).isEqualTo(200);
        String today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        assertThat(session.get("/tasks/" + id).body()).contains("Nguyễn Văn An (TCCB) (từ " + today + ")")
                .doesNotContain("Chưa chọn");
        // Re-assigned: the page shows the one who carries it out now.
        head.put("/api/v1/tasks/" + id + "/performers", Map.of("performers", List.of("tccb.binh")), Map.of());
        assertThat(FormSession.signIn(port, "tccb").get("/tasks/" + id).body()).contains("Trần Thị Bình (TCCB)")
                .doesNotContain("Nguyễn Văn An (TCCB)");
    }
}
