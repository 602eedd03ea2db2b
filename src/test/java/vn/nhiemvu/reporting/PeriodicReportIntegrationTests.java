package vn.nhiemvu.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.officeCompletion;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.sun.net.httpserver.HttpServer;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Periodic reports through HTTP on a real database: figures of a directive's tasks counted by hand, the edges of the
 * window (a task received after the cut-off is not counted), every format read back (POI, PDFBox, the published
 * schemas), issuing a snapshot that later entries do not change, sending with a retry and the receipt kept.
 */
@IntegrationTest
class PeriodicReportIntegrationTests {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    int port;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Api office() {
        return Api.as(port, "vanphong");
    }

    private long directive(String number, LocalDate issued) {
        var r = office().post("/api/v1/directives", Map.of("kind", "CHI_THI", "number", number, "issuer",
                Map.of("code", "CP"), "issueDate", issued.toString(), "summary", "Văn bản thử báo cáo " + number));
        assertThat(r.status()).as(r.toString()).isEqualTo(201);
        return r.json().get("id").asLong();
    }

    private long task(Long directive, String unit, LocalDate deadline, LocalDate completed) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Nhiệm vụ thử báo cáo " + unit + " " + deadline);
        body.put("leadUnit", Map.of("code", unit));
        if (directive != null) {
            body.put("directive", Map.of("id", directive));
        }
        if (deadline != null) {
            body.put("deadline", deadline.toString());
        }
        var created = office().post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        long id = created.json().get("id").asLong();
        if (completed != null) {
            assertThat(office().post("/api/v1/tasks/" + id + "/completion", officeCompletion(completed.toString()))
                    .status()).isEqualTo(200);
        }
        return id;
    }

    private JsonNode row(JsonNode report, String section, String key) {
        return report.get(section).valueStream().filter(b -> b.get("key").asString().equals(key)).findFirst()
                .map(b -> b.get("figures")).orElse(null);
    }

    /** A working day at least a week from any weekend edge effect: deadlines here are far from the cut-off. */
    @Test
    void figuresOfADirectiveCountedByHandAndEveryFormat() throws Exception {
        String from = today.minusDays(30).toString();
        String to = today.toString();
        String custom = "/api/v1/reports/custom?from=" + from + "&to=" + to;
        long received = directive("901/CT-TEST", today.minusDays(25));
        long carried = directive("902/CT-TEST", today.minusDays(60));
        // Received in the period: on time, late, overdue (with the unit's explanation), in progress, no deadline.
        task(received, "VP", today.minusDays(3), today.minusDays(6));
        task(received, "VP", today.minusDays(20), today.minusDays(3));
        long overdue = task(received, "CDSQG", today.minusDays(14), null);
        task(received, "CDSQG", today.plusDays(40), null);
        task(received, "CDSQG", null, null);
        // Carried over: still open, in progress; and one completed before the period began (not in the report).
        task(carried, "VP", today.plusDays(40), null);
        task(carried, "VP", today.minusDays(50), today.minusDays(45));
        assertThat(Api.as(port, "cdsqg").post("/api/v1/tasks/" + overdue + "/progress-reports", Map.of("percent", 40,
                "done", "Đã xây dựng dự thảo lần 1", "obstacles", "Chờ ý kiến của các bộ")).status()).isEqualTo(201);

        JsonNode report = office().get(custom).json();
        JsonNode a = row(report, "byDirective", "901/CT-TEST");
        assertThat(a.get("received").asLong()).isEqualTo(5);
        assertThat(a.get("carriedOver").asLong()).isZero();
        assertThat(a.get("completedOnTime").asLong()).isEqualTo(1);
        assertThat(a.get("completedLate").asLong()).isEqualTo(1);
        assertThat(a.get("overdue").asLong()).isEqualTo(1);
        assertThat(a.get("inProgress").asLong()).isEqualTo(1);
        assertThat(a.get("noDeadline").asLong()).isEqualTo(1);
        JsonNode b = row(report, "byDirective", "902/CT-TEST");
        assertThat(b.get("received").asLong()).isZero();
        assertThat(b.get("carriedOver").asLong()).isEqualTo(1);
        assertThat(b.get("total").asLong()).isEqualTo(1);
        JsonNode explained = report.get("overdueTasks").valueStream()
                .filter(t -> t.get("taskId").asLong() == overdue).findFirst().orElseThrow();
        assertThat(explained.get("progressText").asString()).contains("Đã xây dựng dự thảo lần 1", "Chờ ý kiến của các bộ");
        assertThat(explained.get("progressPercent").asInt()).isEqualTo(40);
        assertThat(explained.get("reason").asString()).startsWith("Quá hạn");
        assertThat(report.get("period").get("key").asString()).isEqualTo(from + "_" + to);
        assertThat(report.get("evaluatedAt").asString()).endsWith("T23:59:59+07:00");

        // The cut-off edge: a period ending yesterday does not see a directive issued today, nor a task entered today.
        long total = office().get("/api/v1/reports/custom?from=" + from + "&to=" + today.minusDays(1)).json()
                .get("summary").get("total").asLong();
        long late = directive("903/CT-TEST", today);
        task(late, "VP", today.plusDays(10), null);
        task(null, "VP", today.plusDays(10), null);
        JsonNode yesterday = office().get("/api/v1/reports/custom?from=" + from + "&to=" + today.minusDays(1)).json();
        assertThat(yesterday.get("summary").get("total").asLong()).isEqualTo(total);
        assertThat(row(yesterday, "byDirective", "903/CT-TEST")).isNull();
        assertThat(row(office().get(custom).json(), "byDirective", "903/CT-TEST").get("received").asLong()).isEqualTo(1);

        // xlsx: a sheet per section, header frozen and filtered, dates as dates.
        var xlsx = office().getBytes("/api/v1/reports/custom/export.xlsx?from=" + from + "&to=" + to);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Tổng hợp");
            XSSFSheet byDirective = book.getSheet("Theo văn bản chỉ đạo");
            assertThat(byDirective.getRow(0).getCell(2).getStringCellValue()).isEqualTo("Nhận trong kỳ");
            assertThat(byDirective.getPaneInformation().isFreezePane()).isTrue();
            assertThat(byDirective.getCTWorksheet().isSetAutoFilter()).isTrue();
            var found = new ArrayList<Double>();
            byDirective.forEach(r -> {
                if (r.getRowNum() > 0 && r.getCell(0).getStringCellValue().equals("901/CT-TEST")) {
                    found.add(r.getCell(2).getNumericCellValue());
                }
            });
            assertThat(found).containsExactly(5.0);
            XSSFSheet overdueSheet = book.getSheet("Nhiệm vụ quá hạn");
            var deadlineCell = overdueSheet.getRow(1).getCell(7);
            assertThat(deadlineCell.getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(deadlineCell)).isTrue();
            assertThat(deadlineCell.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
        }

        // JSON and XML validate against the published schemas (fetched over HTTP, as a receiver would).
        String json = new String(office().getBytes("/api/v1/reports/custom/export.json?from=" + from + "&to=" + to),
                StandardCharsets.UTF_8);
        String jsonSchema = new String(fetch("/schemas/periodic-report-1.0.schema.json"), StandardCharsets.UTF_8);
        assertThat(SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(jsonSchema, InputFormat.JSON).validate(json, InputFormat.JSON)).isEmpty();
        assertThat(json).contains("\"indicator\" : \"OVERDUE\"", "\"status\" : \"DRAFT\"", "901/CT-TEST");
        byte[] xml = office().getBytes("/api/v1/reports/custom/export.xml?from=" + from + "&to=" + to);
        SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(new StreamSource(new ByteArrayInputStream(fetch("/schemas/periodic-report-1.0.xsd"))))
                .newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("dimensionCode=\"901/CT-TEST\"");

        // PDF: the official layout's words and the figures, Vietnamese glyphs intact; page 1 renders.
        byte[] pdf = office().getBytes("/api/v1/reports/custom/export.pdf?from=" + from + "&to=" + to);
        try (var doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "BÁO CÁO",
                    "KẾT QUẢ CHUNG", "NHIỆM VỤ QUÁ HẠN", "Đã xây dựng dự thảo lần 1", "Nơi nhận");
            var image = new PDFRenderer(doc).renderImageWithDPI(0, 60);
            assertThat(image.getWidth()).isGreaterThan(400);
            javax.imageio.ImageIO.write(image, "png", new java.io.File("target/periodic-report-page1.png"));
        }
    }

    @Test
    void anIssuedReportKeepsItsFiguresAndIsSentWithARetryAndItsReceipt() throws Exception {
        String key = "2020-Q3";
        var issued = office().post("/api/v1/reports/periods/" + key + "/issue", Map.of("documentNumber", "15/BC-VP"));
        assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
        long id = issued.json().get("id").asLong();
        long total = issued.json().get("report").get("summary").get("total").asLong();
        assertThat(issued.json().get("issuedBy").asString()).isEqualTo("vanphong");
        assertThat(issued.json().get("sha256").asString()).hasSize(64);

        // A task entered today on a directive dated inside Q3 2020 changes the live report, not the snapshot.
        long backdated = directive("904/CT-TEST", LocalDate.of(2020, 8, 1));
        task(backdated, "VP", LocalDate.of(2020, 12, 31), null);
        assertThat(office().get("/api/v1/reports/periods/" + key).json().get("summary").get("total").asLong())
                .isEqualTo(total + 1);
        assertThat(office().get("/api/v1/reports/periods/" + key).json().get("recordedAfterCutoff").asLong()).isPositive();
        JsonNode kept = office().get("/api/v1/reports/snapshots/" + id).json();
        assertThat(kept.get("report").get("summary").get("total").asLong()).isEqualTo(total);
        assertThat(office().get("/api/v1/reports/periods/" + key + "/snapshots").json().get(0).get("id").asLong())
                .isEqualTo(id);

        // Only the Office and administrators issue and send; a unit cannot even read issued reports.
        assertThat(Api.as(port, "vp").post("/api/v1/reports/periods/" + key + "/issue", null).status()).isEqualTo(403);
        assertThat(Api.as(port, "lanhdao").post("/api/v1/reports/periods/" + key + "/send", null).status()).isEqualTo(403);
        assertThat(Api.as(port, "vp").get("/api/v1/reports/snapshots/" + id).status()).isEqualTo(403);

        // The receiver fails once (503), then accepts and answers with its receipt.
        var calls = new AtomicInteger();
        var bodies = new ArrayList<String>();
        var auth = new ArrayList<String>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 18185), 0);
        receiver.createContext("/bao-cao", exchange -> {
            bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            auth.add(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] answer = calls.incrementAndGet() == 1 ? "busy".getBytes(StandardCharsets.UTF_8)
                    : "{\"receiptId\":\"BN-2020-0001\",\"status\":\"RECEIVED\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(calls.get() == 1 ? 503 : 200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        receiver.start();
        try {
            var sent = office().post("/api/v1/reports/periods/" + key + "/send", null);
            assertThat(sent.status()).as(sent.toString()).isEqualTo(201);
            assertThat(sent.json().get("state").asString()).isEqualTo("DELIVERED");
            assertThat(sent.json().get("attempts").asInt()).isEqualTo(2);
            assertThat(sent.json().get("receipt").asString()).contains("BN-2020-0001");
        } finally {
            receiver.stop(0);
        }
        assertThat(bodies).hasSize(2);
        assertThat(bodies.get(1)).contains("\"status\" : \"ISSUED\"", "15/BC-VP", "\"code\" : \"2020-Q3\"");
        assertThat(auth).containsOnly("Bearer test-token");
        JsonNode deliveries = office().get("/api/v1/reports/snapshots/" + id).json().get("deliveries");
        assertThat(deliveries.get(0).get("receipt").asString()).contains("BN-2020-0001");

        // Nobody listening: every attempt fails, the failure is kept and answered 502.
        var failed = office().post("/api/v1/reports/periods/" + key + "/send", null);
        assertThat(failed.status()).isEqualTo(502);
        assertThat(failed.json().get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.json().get("error").asString()).contains("Không kết nối được");
    }

    @Test
    void badInputIsAProblemInVietnamese() {
        for (String path : List.of("/api/v1/reports/periods/2020-Q5", "/api/v1/reports/periods/2020-M13/export.xlsx",
                "/api/v1/reports/periods/2020-Q3/export.docx", "/api/v1/reports/custom?from=2020-02-01&to=2020-01-01",
                "/api/v1/reports/custom", "/api/v1/reports/custom?from=x&to=y", "/api/v1/reports/periods/2020-Q3?policy=X")) {
            var r = office().get(path);
            assertThat(r.status()).as(path + " " + r).isEqualTo(400);
            assertThat(r.json().get("detail").asString()).as(path).isNotBlank();
        }
        assertThat(office().post("/api/v1/reports/periods/2019-Q1/send", null).status()).isEqualTo(409);
        assertThat(office().get("/api/v1/reports/snapshots/999999").status()).isEqualTo(404);
    }

    @Test
    void aLargeRangeRunsAsABackgroundJobWithItsFile() throws Exception {
        var job = office().post("/api/v1/reports/periods/2020-Y/jobs?format=xlsx", null);
        assertThat(job.status()).as(job.toString()).isEqualTo(202);
        long id = job.json().get("id").asLong();
        JsonNode state = null;
        for (int i = 0; i < 300; i++) {
            state = office().get("/api/v1/jobs/" + id).json();
            if (state.get("status").asString().equals("SUCCEEDED") || state.get("status").asString().equals("FAILED")) {
                break;
            }
            Thread.sleep(100);
        }
        assertThat(state.get("status").asString()).as(state.toString()).isEqualTo("SUCCEEDED");
        assertThat(state.get("progressPercent").asInt()).isEqualTo(100);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(office().getBytes("/api/v1/jobs/" + id + "/result")))) {
            assertThat(book.getSheet("Tổng hợp").getRow(0).getCell(1).getStringCellValue()).isEqualTo("Kỳ này");
        }
    }

    private byte[] fetch(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }
}
