package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.io.IOException;
import java.io.StringReader;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/** The streamed exports give what the paged list gives, in the user's scope, as NDJSON and as CSV. */
@IntegrationTest
class TaskExportIntegrationTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String OVERDUE_AS_OF = "status=OVERDUE&asOf=2021-06-30";

    @LocalServerPort
    int port;

    private long tricky;

    @BeforeEach
    void createTasks() {
        var office = Api.as(port, "vanphong");
        tricky = office.post("/api/v1/tasks", task("Báo cáo \"tổng kết\", đánh giá; xuống dòng\nlần hai", "HTQT",
                "2021-03-31")).json().get("id").asLong();
        office.post("/api/v1/tasks", task("Việc của Vụ Kế hoạch - Tài chính quá hạn", "KHTC", "2021-02-26"));
    }

    @Test
    void ndjsonStreamsTheSameTasksAsTheListPagesInIdOrder() {
        var office = Api.as(port, "vanphong");
        Api.Response response = office.get("/api/v1/tasks/export.ndjson?" + OVERDUE_AS_OF);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type").get(0)).startsWith("application/x-ndjson");
        List<JsonNode> lines = Arrays.stream(response.body().split("\n")).map(JSON::readTree).toList();
        List<JsonNode> listed = office.all("/api/v1/tasks?" + OVERDUE_AS_OF);
        assertThat(lines).isNotEmpty().allMatch(t -> t.get("status").asString().equals("OVERDUE"));
        assertThat(lines.stream().map(t -> t.get("id").asLong()).toList())
                .isEqualTo(listed.stream().map(t -> t.get("id").asLong()).toList());
        assertThat(lines).anyMatch(t -> t.get("id").asLong() == tricky);
        assertThat(lines.get(0)).isEqualTo(listed.get(0));
    }

    @Test
    void csvHasAHeaderAndOneRecordPerTaskWithQuotedText() throws IOException {
        var office = Api.as(port, "vanphong");
        Api.Response response = office.get("/api/v1/tasks/export.csv?" + OVERDUE_AS_OF);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.headers().get("content-type").get(0)).startsWith("text/csv");
        assertThat(response.headers().get("content-disposition").get(0)).contains("nhiem-vu-2021-06-30.csv");
        assertThat(response.body()).startsWith("\uFEFFid,kind,title,leadUnitCode");
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body().substring(1))).getRecords();
        List<JsonNode> listed = office.all("/api/v1/tasks?" + OVERDUE_AS_OF);
        assertThat(records).hasSize(listed.size());
        CSVRecord row = records.stream().filter(r -> r.get("id").equals(Long.toString(tricky))).findFirst()
                .orElseThrow();
        assertThat(row.get("title")).isEqualTo("Báo cáo \"tổng kết\", đánh giá; xuống dòng\nlần hai");
        assertThat(row.get("leadUnitCode")).isEqualTo("HTQT");
        assertThat(row.get("coordinatingUnitCodes")).isEqualTo("VP");
        assertThat(row.get("deadline")).isEqualTo("2021-03-31");
        assertThat(row.get("status")).isEqualTo("OVERDUE");
        assertThat(row.get("statusLabel")).isEqualTo("Quá hạn");
        assertThat(Long.parseLong(row.get("workingDaysLate"))).isPositive();
        assertThat(row.get("asOf")).isEqualTo("2021-06-30");
    }

    @Test
    void csvCellsThatASpreadsheetWouldReadAsAFormulaAreNeutralized() throws IOException {
        var office = Api.as(port, "vanphong");
        var formulas = new java.util.LinkedHashMap<Long, String>();
        for (String title : new String[] { "=HYPERLINK(\"http://x\",\"Bấm\")", "+1+1", "-2+3", "@SUM(A1)" }) {
            formulas.put(office.post("/api/v1/tasks", task(title, "HTQT", "2021-03-31")).json().get("id").asLong(),
                    title);
        }
        String body = office.get("/api/v1/tasks/export.csv?" + OVERDUE_AS_OF).body();
        var titles = new java.util.HashMap<Long, String>();
        CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(body.substring(1)))
                .forEach(r -> titles.put(Long.parseLong(r.get("id")), r.get("title")));
        formulas.forEach((id, title) -> assertThat(titles.get(id)).isEqualTo("'" + title));
        assertThat(titles.get(tricky)).startsWith("Báo cáo");
    }

    @Test
    void aUnitExportsOnlyTheTasksItLeadsOrCoordinates() {
        var khtc = Api.as(port, "khtc");
        String body = khtc.get("/api/v1/tasks/export.ndjson?asOf=2021-06-30").body();
        List<JsonNode> lines = Arrays.stream(body.split("\n")).map(JSON::readTree).toList();
        assertThat(lines).isNotEmpty().allMatch(t -> t.get("leadUnit").get("code").asString().equals("KHTC")
                || t.get("coordinatingUnits").valueStream().anyMatch(u -> u.get("code").asString().equals("KHTC")));
        assertThat(lines).noneMatch(t -> t.get("id").asLong() == tricky);
        assertThat(lines).hasSize(khtc.all("/api/v1/tasks?asOf=2021-06-30").size());
        assertThat(khtc.get("/api/v1/tasks/export.csv?leadUnit=HTQT").body().lines().count()).isEqualTo(1);
    }

    @Test
    void badFiltersAreProblemsAndAnonymousIsRefused() {
        var office = Api.as(port, "vanphong");
        for (String query : List.of("status=LATE", "leadUnit=KHONGCO", "asOf=31/02/2021", "leader=abc")) {
            Api.Response response = office.get("/api/v1/tasks/export.csv?" + query);
            assertThat(response.status()).as(query).isEqualTo(400);
            assertThat(response.headers().get("content-type").get(0)).as(query).startsWith("application/problem+json");
            assertThat(response.json().get("detail").asString()).as(query).isNotBlank();
        }
        assertThat(Api.anonymous(port).get("/api/v1/tasks/export.ndjson").status()).isEqualTo(401);
        assertThat(office.get("/api/v1/tasks/export.json").status()).isIn(400, 404);
        assertThat(office.send("POST", "/api/v1/tasks/export.csv", Map.of(), Map.of()).status()).isEqualTo(405);
    }
}
