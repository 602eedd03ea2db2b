package vn.nhiemvu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/** The dossier page and the review queue, signed in through the login form; the servlet's own size limit. */
@IntegrationTest
class DossierPageIntegrationTests {

    @LocalServerPort
    int port;

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
        var unit = FormSession.signIn(port, "cdsqg");
        var page = unit.get("/tasks/" + id + "/dossier");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Hồ sơ nhiệm vụ", "Đang lập hồ sơ", "id=\"upload-form\"", "Còn thiếu",
                "Dự thảo văn bản", "dossier.css");

        // A step the state does not allow comes back to the page in Vietnamese.
        var form = Map.of("_csrf", FormSession.csrf(page.body()));
        var refused = unit.post("/tasks/" + id + "/dossier/submission-for-review", form);
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body()).contains("Hồ sơ còn thiếu", "role=\"alert\"");

        var legal = FormSession.signIn(port, "phapche");
        var legalPage = legal.get("/tasks/" + id + "/dossier");
        assertThat(legalPage.body()).doesNotContain("id=\"upload-form\"").doesNotContain("id=\"review-form\"");
        assertThat(legal.get("/reviews").body()).contains("Hồ sơ chờ thẩm định")
                .doesNotContain("Nhiệm vụ có hồ sơ trên trang");

        // Through the page's forms: the multipart upload carries its CSRF token like any form.
        var withDraft = unit.upload("/tasks/" + id + "/dossier/files", "du-thao.pdf", DossierApiIntegrationTests.pdf(),
                Map.of("_csrf", FormSession.csrf(page.body()), "role", "DRAFT_DOCUMENT"));
        assertThat(withDraft.statusCode()).isEqualTo(302);
        page = unit.get("/tasks/" + id + "/dossier");
        assertThat(page.body()).contains("du-thao.pdf").doesNotContain("role=\"alert\"");
        unit.upload("/tasks/" + id + "/dossier/files", "to-trinh.txt", "Tờ trình".getBytes(StandardCharsets.UTF_8),
                Map.of("_csrf", FormSession.csrf(page.body()), "role", "EXPLANATORY_REPORT"));
        page = unit.get("/tasks/" + id + "/dossier");
        assertThat(page.body()).contains("Hồ sơ đã có đủ thành phần bắt buộc", "id=\"submit-for-review\"");
        unit.post("/tasks/" + id + "/dossier/submission-for-review", Map.of("_csrf", FormSession.csrf(page.body())));
        assertThat(legal.get("/reviews").body()).contains("Nhiệm vụ có hồ sơ trên trang");
        legalPage = legal.get("/tasks/" + id + "/dossier");
        assertThat(legalPage.body()).contains("id=\"review-form\"", "Chờ Vụ Pháp chế thẩm định");
        legal.post("/tasks/" + id + "/dossier/review", Map.of("_csrf", FormSession.csrf(legalPage.body()), "decision", "PASS"));
        assertThat(legal.get("/tasks/" + id + "/dossier").body()).contains("Đã thông qua thẩm định", "Lần 1: Thông qua");
        assertThat(legal.get("/reviews").body()).doesNotContain("Nhiệm vụ có hồ sơ trên trang");
        var office = FormSession.signIn(port, "vanphong");
        assertThat(office.get("/tasks/" + id + "/dossier").body()).contains("id=\"submission-form\"");

        var vp = FormSession.signIn(port, "vp");
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
