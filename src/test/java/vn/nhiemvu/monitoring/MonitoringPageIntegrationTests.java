package vn.nhiemvu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The pages of monitoring and notifications, in Vietnamese, as the Office and a unit use them. */
@IntegrationTest
class MonitoringPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theOfficeSetsRulesAndUrgesAUnitWhichReadsItsNotices() {
        var office = FormSession.signIn(port, "vanphong", true);
        var page = office.get("/monitoring");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Quy tắc theo dõi", "Thông báo đã gửi", "Theo dõi, báo cáo");

        assertThat(page.body()).contains("Cảnh báo sắp đến hạn khi còn không quá");
        var saved = office.submit("/monitoring/rules", page.body(), Map.of(
                "repeatWorkingDays", "3", "escalateAfterWorkingDays", "8", "requestDecisionWorkingDays", "5",
                "weeklyDigest", "true"));
        assertThat(saved.body()).contains("Đã lưu quy tắc theo dõi.", "value=\"8\"", "(của cơ quan)");
        var refused = office.submit("/monitoring/rules", saved.body(), Map.of(
                "repeatWorkingDays", "0", "escalateAfterWorkingDays", "8", "requestDecisionWorkingDays", "5"));
        assertThat(refused.body()).contains("Chu kỳ nhắc lại phải từ 1 đến 250 ngày làm việc.");

        // An overdue task of Vụ Hợp tác quốc tế, then a letter to that unit.
        var created = Api.as(port, "vanphong").post("/api/v1/tasks", Bodies.task("Trang đôn đốc: báo cáo hợp tác", "HTQT", "2021-06-30"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long unitId = created.json().get("leadUnit").get("id").asLong();
        var urging = office.get("/monitoring/urging");
        assertThat(urging.body()).contains("Xem trước phiếu đôn đốc");
        var sent = office.submit("/monitoring/urging", urging.body(), Map.of("unitId", Long.toString(unitId)));
        assertThat(sent.body()).containsPattern("Đã gửi 1 phiếu đôn đốc: \\d+/VP-TH\\.");

        var unit = FormSession.signIn(port, "htqt", true);
        var mine = unit.get("/notifications");
        assertThat(mine.body()).contains("Thông báo của tôi", "Phiếu đôn đốc số", "Đánh dấu đã đọc");
        var badEmail = unit.submit("/notifications/preferences", mine.body(), Map.of("email", "không-phải-thư",
                "inApp", "true", "wanted", "OVERDUE"));
        assertThat(badEmail.body()).contains("Địa chỉ thư điện tử không hợp lệ.");
        var good = unit.submit("/notifications/preferences", badEmail.body(), Map.of("email", "htqt@example.vn",
                "inApp", "true", "wanted", "URGING_LETTER"));
        assertThat(good.body()).contains("Đã lưu lựa chọn nhận thông báo.", "htqt@example.vn");
        var read = unit.submit("/notifications/read-all", good.body(), Map.of());
        assertThat(read.body()).doesNotContain("Đánh dấu đã đọc</button>");
        assertThat(unit.get("/monitoring/urging").body()).contains("/VP-TH").doesNotContain("Xem trước phiếu đôn đốc");
    }
}
