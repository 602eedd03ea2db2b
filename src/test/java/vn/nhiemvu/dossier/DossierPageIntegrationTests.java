package vn.nhiemvu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** The dossier page and the review queue, signed in through the login form; the servlet's own size limit. */
@IntegrationTest
class DossierPageIntegrationTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    private final class Browser {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();

        HttpResponse<String> get(String path) throws Exception {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
            String body = form.entrySet().stream().map(e -> e.getKey() + "="
                    + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        String csrf(String html) {
            Matcher m = CSRF.matcher(html);
            assertThat(m.find()).as("a CSRF token in the page").isTrue();
            return m.group(1);
        }

        HttpResponse<String> upload(String path, String csrf, String filename, byte[] content, String role)
                throws Exception {
            String boundary = "----page" + System.nanoTime();
            var body = new java.io.ByteArrayOutputStream();
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"role\"\r\n\r\n" + role + "\r\n"
                    + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }

        Browser signIn(String username) throws Exception {
            String token = csrf(get("/login").body());
            var form = new LinkedHashMap<String, String>();
            form.put("username", username);
            form.put("password", "demo");
            form.put("_csrf", token);
            assertThat(post("/login", form).statusCode()).isEqualTo(302);
            return this;
        }
    }

    private long task() {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Nhiệm vụ có hồ sơ trên trang");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("deadline", "2021-06-30");
        return Api.as(port, "vanphong").post("/api/v1/tasks", body).json().get("id").asLong();
    }

    @Test
    void theDossierPageShowsTheFormsOfTheUsersStepsAndTheQueueShowsWaitingDossiers() throws Exception {
        long id = task();
        var unit = new Browser().signIn("cdsqg");
        var page = unit.get("/tasks/" + id + "/dossier");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hồ sơ nhiệm vụ", "Đang lập hồ sơ", "id=\"upload-form\"", "Còn thiếu",
                "Dự thảo văn bản", "dossier.css");

        // A step the state does not allow comes back to the page in Vietnamese.
        var form = Map.of("_csrf", unit.csrf(page.body()));
        var refused = unit.post("/tasks/" + id + "/dossier/submission-for-review", form);
        assertThat(refused.statusCode()).isEqualTo(302);
        assertThat(unit.get("/tasks/" + id + "/dossier").body()).contains("Hồ sơ còn thiếu");

        var legal = new Browser().signIn("phapche");
        var legalPage = legal.get("/tasks/" + id + "/dossier");
        assertThat(legalPage.body()).doesNotContain("id=\"upload-form\"").doesNotContain("id=\"review-form\"");
        assertThat(legal.get("/reviews").body()).contains("Hồ sơ chờ thẩm định")
                .doesNotContain("Nhiệm vụ có hồ sơ trên trang");

        // Through the page's forms: the multipart upload carries its CSRF token like any form.
        var withDraft = unit.upload("/tasks/" + id + "/dossier/files", unit.csrf(page.body()), "du-thao.pdf",
                DossierApiIntegrationTests.pdf(), "DRAFT_DOCUMENT");
        assertThat(withDraft.statusCode()).isEqualTo(302);
        page = unit.get("/tasks/" + id + "/dossier");
        assertThat(page.body()).contains("du-thao.pdf").doesNotContain("id=\"dossier-error\"");
        unit.upload("/tasks/" + id + "/dossier/files", unit.csrf(page.body()), "to-trinh.txt",
                "Tờ trình".getBytes(StandardCharsets.UTF_8), "EXPLANATORY_REPORT");
        page = unit.get("/tasks/" + id + "/dossier");
        assertThat(page.body()).contains("Hồ sơ đã có đủ thành phần bắt buộc", "id=\"submit-for-review\"");
        unit.post("/tasks/" + id + "/dossier/submission-for-review", Map.of("_csrf", unit.csrf(page.body())));
        assertThat(legal.get("/reviews").body()).contains("Nhiệm vụ có hồ sơ trên trang");
        legalPage = legal.get("/tasks/" + id + "/dossier");
        assertThat(legalPage.body()).contains("id=\"review-form\"", "Chờ Vụ Pháp chế thẩm định");
        legal.post("/tasks/" + id + "/dossier/review", Map.of("_csrf", legal.csrf(legalPage.body()), "decision", "PASS"));
        assertThat(legal.get("/tasks/" + id + "/dossier").body()).contains("Đã thông qua thẩm định", "Lần 1: Thông qua");
        assertThat(legal.get("/reviews").body()).doesNotContain("Nhiệm vụ có hồ sơ trên trang");
        var office = new Browser().signIn("vanphong");
        assertThat(office.get("/tasks/" + id + "/dossier").body()).contains("id=\"submission-form\"");

        var vp = new Browser().signIn("vp");
        assertThat(vp.get("/tasks/" + id + "/dossier").statusCode()).isEqualTo(404);
    }

    @Test
    void anUploadAboveTheServletsLimitIsAProblemNotAServerError() throws Exception {
        String boundary = "----limit";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"lon.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + 1_200_000 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(tail, 0, body, body.length - tail.length, tail.length);
        var response = HttpClient.newHttpClient().send(HttpRequest
                .newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/tasks/" + task() + "/dossier/files"))
                .header("Authorization", "Basic " + java.util.Base64.getEncoder()
                        .encodeToString("cdsqg:demo".getBytes(StandardCharsets.UTF_8)))
                .header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isIn(400, 413);
        assertThat(response.body()).contains("quá lớn");
    }
}
