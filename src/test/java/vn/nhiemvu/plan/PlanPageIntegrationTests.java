package vn.nhiemvu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.IntegrationTest;

/** The plan page through its forms, signed in as the unit and as the leader. */
@IntegrationTest
class PlanPageIntegrationTests {

    @LocalServerPort
    int port;

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private HttpClient signIn(String username) throws Exception {
        var http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        String login = get(http, base() + "/login").body();
        http.send(HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + username + "&password=demo&_csrf="
                        + URLEncoder.encode(csrf(login), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        return http;
    }

    private static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" (?:value|content)=\"([^\"]+)\"").matcher(html);
        if (!m.find()) {
            m = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(html);
            assertThat(m.find()).as("a CSRF token").isTrue();
        }
        return m.group(1);
    }

    private static HttpResponse<String> get(HttpClient http, String url) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> post(HttpClient http, String path, String page, Map<String, String> fields)
            throws Exception {
        var form = new StringBuilder("_csrf=" + URLEncoder.encode(csrf(page), StandardCharsets.UTF_8));
        fields.forEach((k, v) -> form.append('&').append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        return http.send(HttpRequest.newBuilder(URI.create(base() + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

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

        HttpClient unit = signIn("cdsqg");
        var page = get(unit, base() + path);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Kế hoạch thực hiện và tiến độ", "Nhiệm vụ chưa có kế hoạch thực hiện",
                "Lập kế hoạch thực hiện", "/css/plan.css", "Chưa có báo cáo tiến độ");

        var drafted = post(unit, path + "/versions", page.body(), Map.of("milestones[0].title", "Xây dựng dự thảo",
                "milestones[0].dueDate", "2030-06-30", "milestones[0].expectedProduct", "Dự thảo đề án",
                "milestones[1].title", "", "milestones[1].dueDate", ""));
        assertThat(drafted.statusCode()).isEqualTo(200);
        assertThat(drafted.body()).contains("Đã lập dự thảo kế hoạch.", "Phiên bản <span>1</span>", "Dự thảo",
                "Xây dựng dự thảo", "Trình phê duyệt");
        var late = post(unit, path + "/versions/1", drafted.body(), Map.of("version", "0",
                "milestones[0].title", "Quá hạn", "milestones[0].dueDate", "2031-01-05"));
        assertThat(late.body()).contains("sau thời hạn của nhiệm vụ");
        var submitted = post(unit, path + "/versions/1/submission", late.body(), Map.of("version", "0"));
        assertThat(submitted.body()).contains("Đã trình Lãnh đạo Bộ phê duyệt.", "Đã trình, chờ phê duyệt");

        HttpClient leaderClient = signIn("lanhdao");
        var leaderPage = get(leaderClient, base() + path);
        assertThat(leaderPage.body()).contains("Phê duyệt", "Trả lại kèm ý kiến").doesNotContain("Gửi báo cáo");
        var approved = post(leaderClient, path + "/versions/1/approval", leaderPage.body(), Map.of());
        assertThat(approved.body()).contains("Đã phê duyệt kế hoạch.", "(đang có hiệu lực)");

        var unitPage = get(unit, base() + path);
        assertThat(unitPage.body()).contains("Đã xong", "Điều chỉnh kế hoạch: lập phiên bản mới");
        var reported = post(unit, "/tasks/" + id + "/progress-reports", unitPage.body(), Map.of("percent", "40",
                "done", "Đã xây dựng đề cương", "obstacles", "Chậm nhận ý kiến góp ý", "nextSteps", "", "milestoneId", ""));
        assertThat(reported.body()).contains("Đã gửi báo cáo tiến độ.", "40 %", "Chậm nhận ý kiến góp ý", "(chủ trì)");
        var refused = post(unit, "/tasks/" + id + "/progress-reports", reported.body(), Map.of("percent", "nhiều"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("cần một số nguyên");

        assertThat(get(unit, base() + "/tasks/" + id).body()).as("the task's history names the plan's steps")
                .contains("lập dự thảo kế hoạch thực hiện", "phê duyệt kế hoạch", "báo cáo tiến độ");

        HttpClient foreign = signIn("phapche");
        assertThat(get(foreign, base() + path).body()).doesNotContain("Gửi báo cáo", "Trình phê duyệt");
    }
}
