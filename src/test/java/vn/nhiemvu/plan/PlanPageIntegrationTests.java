package vn.nhiemvu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The plan page through its forms, signed in as the unit and as the leader. */
@IntegrationTest
class PlanPageIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theUnitDraftsAndReportsAndTheLeaderApprovesOnThePage() throws Exception {
        var office = Api.as(port, "vanphong");
        long leader = 0;
        long cdsqgId = 0;
        for (var u : office.get("/api/v1/units").json().get("items")) {
            if (u.get("code").asString().equals("CDSQG")) {
                cdsqgId = u.get("id").asLong();
            }
        }
        for (var l : office.get("/api/v1/leaders").json().get("items")) {
            for (var unit : l.get("supervisedUnitIds")) {
                if (unit.asLong() == cdsqgId) {
                    leader = l.get("id").asLong();
                }
            }
        }
        var body = new LinkedHashMap<String, Object>(Bodies.task("Trang kế hoạch", "CDSQG", "2030-12-31"));
        body.put("supervisingLeader", Map.of("id", leader));
        long id = office.post("/api/v1/tasks", body).json().get("id").asLong();
        String path = "/tasks/" + id + "/plan";

        var unit = FormSession.signIn(port, "cdsqg", true);
        var page = unit.get(path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kế hoạch thực hiện và tiến độ", "Nhiệm vụ chưa có kế hoạch thực hiện",
                "Lập kế hoạch thực hiện", "/css/plan.css", "Chưa có báo cáo tiến độ");

        var drafted = unit.submit(path + "/versions", page.body(), Map.of("milestones[0].title", "Xây dựng dự thảo",
                "milestones[0].dueDate", "2030-06-30", "milestones[0].expectedProduct", "Dự thảo đề án",
                "milestones[1].title", "", "milestones[1].dueDate", ""));
        assertThat(drafted.statusCode()).isEqualTo(200);
        assertThat(drafted.body()).contains("Đã lập dự thảo kế hoạch.", "Phiên bản <span>1</span>", "Dự thảo",
                "Xây dựng dự thảo", "Trình phê duyệt");
        var late = unit.submit(path + "/versions/1", drafted.body(), Map.of("version", "0",
                "milestones[0].title", "Quá hạn", "milestones[0].dueDate", "2031-01-05"));
        assertThat(late.body()).contains("sau thời hạn của nhiệm vụ");
        var submitted = unit.submit(path + "/versions/1/submission", late.body(), Map.of("version", "0"));
        assertThat(submitted.body()).contains("Đã trình Lãnh đạo Bộ phê duyệt.", "Đã trình, chờ phê duyệt");

        var leaderClient = FormSession.signIn(port, "lanhdao", true);
        var leaderPage = leaderClient.get(path);
        assertThat(leaderPage.body()).contains("Phê duyệt", "Trả lại kèm ý kiến").doesNotContain("Gửi báo cáo");
        var approved = leaderClient.submit(path + "/versions/1/approval", leaderPage.body(), Map.of());
        assertThat(approved.body()).contains("Đã phê duyệt kế hoạch.", "(đang có hiệu lực)");

        var unitPage = unit.get(path);
        assertThat(unitPage.body()).contains("Đã xong", "Điều chỉnh kế hoạch: lập phiên bản mới");
        var reported = unit.submit("/tasks/" + id + "/progress-reports", unitPage.body(), Map.of("percent", "40",
                "done", "Đã xây dựng đề cương", "obstacles", "Chậm nhận ý kiến góp ý", "nextSteps", "", "milestoneId", ""));
        assertThat(reported.body()).contains("Đã gửi báo cáo tiến độ.", "40 %", "Chậm nhận ý kiến góp ý", "(chủ trì)");
        var refused = unit.submit("/tasks/" + id + "/progress-reports", reported.body(), Map.of("percent", "nhiều"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("cần một số nguyên");

        assertThat(unit.get("/tasks/" + id).body()).as("the task's history names the plan's steps")
                .contains("lập dự thảo kế hoạch thực hiện", "phê duyệt kế hoạch", "báo cáo tiến độ");

        var foreign = FormSession.signIn(port, "phapche", true);
        assertThat(foreign.get(path).body()).doesNotContain("Gửi báo cáo", "Trình phê duyệt");
    }
}
