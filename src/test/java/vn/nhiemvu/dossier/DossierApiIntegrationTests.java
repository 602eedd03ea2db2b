package vn.nhiemvu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** Dossiers through HTTP: uploads and their limits, scope, review, submission, idempotency. */
@IntegrationTest
class DossierApiIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private long task;

    @BeforeEach
    void createTask() {
        var office = Api.as(port, "vanphong");
        long cdsqg = office.get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals("CDSQG")).findFirst().orElseThrow().get("id").asLong();
        long leader = office.get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("supervisedUnitIds").valueStream().anyMatch(id -> id.asLong() == cdsqg))
                .findFirst().orElseThrow().get("id").asLong();
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Xây dựng Đề án thử nghiệm hồ sơ");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("supervisingLeader", Map.of("id", leader));
        body.put("deadline", TODAY.plusDays(60).toString());
        var created = office.post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        task = created.json().get("id").asLong();
    }

    private String dossier() {
        return "/api/v1/tasks/" + task + "/dossier";
    }

    @Test
    void filesAreStoredByContentAndDownloadedOnlyWithinScope() throws Exception {
        byte[] pdf = pdf();
        Upload up = upload("cdsqg", "du-thao.pdf", pdf, "DRAFT_DOCUMENT", null, null);
        assertThat(up.status).as(up.body).isEqualTo(201);
        assertThat(up.json().get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(up.json().get("sha256").asString()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(pdf)));
        long pdfId = up.json().get("id").asLong();

        Upload docx = upload("cdsqg", "to-trinh.docx", docx(), "EXPLANATORY_REPORT", null, null);
        assertThat(docx.status).as(docx.body).isEqualTo(201);
        assertThat(docx.json().get("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        Upload text = upload("cdsqg", "gop-y.txt", "Ý kiến góp ý của Vụ Kế hoạch - Tài chính.".getBytes(StandardCharsets.UTF_8),
                "OPINIONS", null, null);
        assertThat(text.status).as(text.body).isEqualTo(201);
        assertThat(text.json().get("contentType").asString()).isEqualTo("text/plain");

        HttpResponse<byte[]> download = get("cdsqg", dossier() + "/files/" + pdfId + "/content");
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(pdf);
        assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment");
        assertThat(download.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
        assertThat(get("phapche", dossier() + "/files/" + pdfId + "/content").statusCode()).isEqualTo(200);

        // vp neither leads nor coordinates the task: it does not exist for them.
        var vp = Api.as(port, "vp");
        assertThat(vp.get(dossier()).status()).isEqualTo(404);
        assertThat(get("vp", dossier() + "/files/" + pdfId + "/content").statusCode()).isEqualTo(404);
        assertThat(upload("vp", "x.pdf", pdf, "OTHER", null, null).status).isEqualTo(404);
        assertThat(vp.post(dossier() + "/submission-for-review", null).status()).isEqualTo(404);
        // Visible but not theirs to change.
        assertThat(upload("lanhdao", "x.pdf", pdf, "OTHER", null, null).status).isEqualTo(403);
        assertThat(upload("phapche", "x.pdf", pdf, "OTHER", null, null).status).isEqualTo(403);
        assertThat(get("cdsqg", dossier() + "/files/999999/content").statusCode()).isEqualTo(404);

        JsonNode view = Api.as(port, "cdsqg").get(dossier()).json();
        assertThat(view.get("files")).hasSize(3);
        assertThat(view.get("missing")).isEmpty();
        assertThat(view.get("state").asString()).isEqualTo("DRAFT");
    }

    @Test
    void badUploadsAreRefusedCleanly() throws Exception {
        byte[] big = new byte[300 * 1024];
        System.arraycopy(pdf(), 0, big, 0, pdf().length);
        assertRefused(upload("cdsqg", "lon.pdf", big, "DRAFT_DOCUMENT", null, null), "file", "quá lớn");
        byte[] exe = new byte[512];
        exe[0] = 'M';
        exe[1] = 'Z';
        assertRefused(upload("cdsqg", "chuong-trinh.pdf", exe, "OTHER", null, null), "file", "");
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
        assertRefused(upload("cdsqg", "du-thao.pdf", html, "DRAFT_DOCUMENT", null, null), "file", "");
        assertRefused(upload("cdsqg", "ghi-chu.txt", "xin chào <script>alert(1)</script>".getBytes(StandardCharsets.UTF_8),
                "OTHER", null, null), "file", "");
        assertRefused(upload("cdsqg", "ma.js", "alert(document.cookie);".getBytes(StandardCharsets.UTF_8), "OTHER",
                null, null), "file", "");
        assertRefused(upload("cdsqg", "x.pdf", pdf(), "BAD", null, null), "role", "không hợp lệ");
        assertRefused(upload("cdsqg", "x.pdf", pdf(), null, null, null), "role", "");
        assertRefused(upload("cdsqg", null, null, "OTHER", null, null), "file", "");

        Upload traversal = upload("cdsqg", "../../x", "nội dung".getBytes(StandardCharsets.UTF_8), "OTHER", null, null);
        assertThat(traversal.status).as(traversal.body).isEqualTo(201);
        assertThat(traversal.json().get("name").asString()).isEqualTo("x");
        assertThat(Api.as(port, "cdsqg").get(dossier()).json().get("files")).hasSize(1);
    }

    @Test
    void returnedFixedPassedSubmittedCompletesTheTask() throws Exception {
        var unit = Api.as(port, "cdsqg");
        var legal = Api.as(port, "phapche");
        var leader = Api.as(port, "lanhdao");
        Upload draft = upload("cdsqg", "du-thao.pdf", pdf(), "DRAFT_DOCUMENT", null, "up-1");
        assertThat(draft.status).isEqualTo(201);
        Upload again = upload("cdsqg", "du-thao.pdf", pdf(), "DRAFT_DOCUMENT", null, "up-1");
        assertThat(again.json().get("id").asLong()).isEqualTo(draft.json().get("id").asLong());
        assertThat(unit.get(dossier()).json().get("files")).hasSize(1);

        var incomplete = unit.post(dossier() + "/submission-for-review", null);
        assertThat(incomplete.status()).isEqualTo(400);
        assertThat(incomplete.body()).contains("Tờ trình");
        assertThat(upload("cdsqg", "to-trinh.txt", "Tờ trình Đề án".getBytes(StandardCharsets.UTF_8),
                "EXPLANATORY_REPORT", null, null).status).isEqualTo(201);

        assertThat(legal.post(dossier() + "/review", Map.of("decision", "PASS")).status()).isEqualTo(409);
        var submitted = unit.send("POST", dossier() + "/submission-for-review", null, Map.of("Idempotency-Key", "s-1"));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.json().get("state").asString()).isEqualTo("SUBMITTED_FOR_REVIEW");
        assertThat(legal.get("/api/v1/inbox").json().get("items").toString())
                .as("the dossier waits in the Legal Department's inbox").contains("/tasks/" + task + "/dossier");
        assertThat(unit.send("POST", dossier() + "/submission-for-review", null, Map.of("Idempotency-Key", "s-1"))
                .status()).isEqualTo(200);
        var conflict = unit.post(dossier() + "/submission-for-review", null);
        assertThat(conflict.status()).isEqualTo(409);
        assertThat(conflict.json().get("detail").asString()).contains("thông qua thẩm định").contains("trả lại hồ sơ");

        assertThat(unit.post(dossier() + "/review", Map.of("decision", "PASS")).status()).isEqualTo(403);
        assertThat(legal.post(dossier() + "/review", Map.of("decision", "RETURN")).status()).isEqualTo(400);
        var bad = legal.post(dossier() + "/review", Map.of("decision", "MAYBE"));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("errors").get(0).get("field").asString()).isEqualTo("decision");
        var returned = legal.post(dossier() + "/review",
                Map.of("decision", "RETURN", "comments", "Tờ trình chưa nêu đánh giá tác động."));
        assertThat(returned.json().get("state").asString()).isEqualTo("RETURNED");

        Upload fixed = upload("cdsqg", "du-thao-v2.pdf", pdf(), "DRAFT_DOCUMENT", draft.json().get("id").asLong(), null);
        assertThat(fixed.status).as(fixed.body).isEqualTo(201);
        assertThat(fixed.json().get("version").asInt()).isEqualTo(2);
        assertThat(unit.post(dossier() + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(leader.post(dossier() + "/submission", Map.of("documentNumber", "1/TTr", "documentDate", "2021-03-15"))
                .status()).isEqualTo(409);
        var passed = legal.send("POST", dossier() + "/review", Map.of("decision", "PASS", "comments", "Đạt."),
                Map.of("Idempotency-Key", "r-2"));
        assertThat(passed.json().get("state").asString()).isEqualTo("PASSED");
        assertThat(legal.send("POST", dossier() + "/review", Map.of("decision", "PASS", "comments", "Đạt."),
                Map.of("Idempotency-Key", "r-2")).status()).isEqualTo(200);
        assertThat(legal.send("POST", dossier() + "/review", Map.of("decision", "PASS"), Map.of("Idempotency-Key", "r-2"))
                .status()).as("the same key with another body").isEqualTo(422);

        assertThat(unit.post(dossier() + "/submission", Map.of("documentNumber", "1/TTr", "documentDate", "2021-03-15"))
                .status()).isEqualTo(403);
        var noDate = leader.post(dossier() + "/submission", Map.of("documentNumber", " "));
        assertThat(noDate.status()).isEqualTo(400);
        assertThat(noDate.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                .containsExactlyInAnyOrder("documentNumber", "documentDate");
        assertThat(leader.post(dossier() + "/submission", Map.of("documentNumber", "1/TTr", "documentDate", "15/03/2021"))
                .status()).isEqualTo(400);
        var beforeReview = leader.post(dossier() + "/submission",
                Map.of("documentNumber", "45/TTr-BTTTT", "documentDate", TODAY.minusDays(1).toString()));
        assertThat(beforeReview.status()).as("dated before the legal review passed").isEqualTo(400);
        assertThat(beforeReview.json().get("errors").get(0).get("field").asString()).isEqualTo("documentDate");
        assertThat(beforeReview.json().get("errors").get(0).get("message").asString())
                .contains("Vụ Pháp chế thông qua thẩm định hồ sơ");
        assertThat(leader.get(dossier()).json().get("state").asString()).isEqualTo("PASSED");
        var body = Map.of("documentNumber", "45/TTr-BTTTT", "documentDate", TODAY.toString());
        var done = leader.send("POST", dossier() + "/submission", body, Map.of("Idempotency-Key", "t-1"));
        assertThat(done.status()).as(done.toString()).isEqualTo(200);
        assertThat(done.json().get("state").asString()).isEqualTo("SUBMITTED");
        assertThat(done.json().get("submission").get("documentNumber").asString()).isEqualTo("45/TTr-BTTTT");
        assertThat(leader.send("POST", dossier() + "/submission", body, Map.of("Idempotency-Key", "t-1")).status())
                .isEqualTo(200);

        JsonNode completed = unit.get("/api/v1/tasks/" + task).json();
        assertThat(completed.get("completedAt").asString()).isEqualTo(TODAY.toString());
        assertThat(completed.get("completedBy").get("source").asString()).isEqualTo("SUBMISSION");
        assertThat(completed.get("status").asString()).isEqualTo("COMPLETED_ON_TIME");

        JsonNode view = unit.get(dossier()).json();
        assertThat(view.get("reviews")).hasSize(2);
        assertThat(view.get("allowedActions")).isEmpty();
        JsonNode history = unit.get("/api/v1/tasks/" + task + "/history").json();
        assertThat(history.get("chainIntact").asBoolean()).isTrue();
        List<String> actions = history.get("items").valueStream().map(e -> e.get("action").asString()).toList();
        assertThat(actions).containsSubsequence("CREATED", "DOSSIER_FILE_ADDED", "DOSSIER_SUBMITTED_FOR_REVIEW",
                "DOSSIER_RETURNED", "DOSSIER_SUBMITTED_FOR_REVIEW", "DOSSIER_PASSED", "DOSSIER_SUBMITTED", "COMPLETED");
        assertThat(actions.stream().filter(a -> a.equals("DOSSIER_SUBMITTED_FOR_REVIEW"))).hasSize(2);
        assertThat(actions.stream().filter(a -> a.equals("DOSSIER_PASSED"))).hasSize(1);
        assertThat(actions.stream().filter(a -> a.equals("DOSSIER_SUBMITTED"))).hasSize(1);
        assertThat(actions.stream().filter(a -> a.equals("DOSSIER_FILE_ADDED"))).hasSize(3);
        assertThat(actions.stream().filter(a -> a.equals("COMPLETED"))).hasSize(1);
    }

    private static void assertRefused(Upload response, String field, String words) {
        assertThat(response.status).as(response.body).isEqualTo(400);
        JsonNode problem = response.json();
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo(field);
        assertThat(problem.get("detail").asString()).contains(words);
    }

    record Upload(int status, String body) {
        JsonNode json() {
            return JSON.readTree(body);
        }
    }

    private String basic(String username) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
    }

    private HttpResponse<byte[]> get(String username, String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", basic(username)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private Upload upload(String username, String filename, byte[] content, String role, Long replaces, String key)
            throws Exception {
        String boundary = "----nhiemvu" + System.nanoTime();
        var body = new ByteArrayOutputStream();
        if (content != null) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                    + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        var fields = new LinkedHashMap<String, String>();
        if (role != null) {
            fields.put("role", role);
        }
        if (replaces != null) {
            fields.put("replaces", replaces.toString());
        }
        for (var field : fields.entrySet()) {
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                    + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + dossier() + "/files"))
                .header("Authorization", basic(username)).header("Accept", "application/json")
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Upload(response.statusCode(), response.body());
    }

    /** A one-page PDF with a correct cross-reference table. */
    static byte[] pdf() {
        List<String> objects = List.of("<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>");
        var out = new StringBuilder("%PDF-1.4\n");
        var offsets = new ArrayList<Integer>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.length());
            out.append(i + 1).append(" 0 obj\n").append(objects.get(i)).append("\nendobj\n");
        }
        int xref = out.length();
        out.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
        offsets.forEach(o -> out.append(String.format("%010d 00000 n \n", o)));
        out.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref)
                .append("\n%%EOF\n");
        return out.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** A minimal Word document: content types, relationships and one paragraph. */
    static byte[] docx() throws IOException {
        var bytes = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(bytes)) {
            entry(zip, "[Content_Types].xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
                    <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
                    <Default Extension="xml" ContentType="application/xml"/>
                    <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
                    </Types>""");
            entry(zip, "_rels/.rels", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
                    <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
                    </Relationships>""");
            entry(zip, "word/document.xml", """
                    <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                    <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
                    <w:body><w:p><w:r><w:t>Tờ trình Đề án</w:t></w:r></w:p></w:body></w:document>""");
        }
        return bytes.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
