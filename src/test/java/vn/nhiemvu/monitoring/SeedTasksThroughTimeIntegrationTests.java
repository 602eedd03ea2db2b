package vn.nhiemvu.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.support.MutableClock;

/**
 * The seeds' own tasks walked through the autumn of 2020 (the demo data): the three tasks of Nghị quyết 105/NQ-CP due
 * on Wednesday 30/09/2020 are warned three working days before (Friday 25/09), notified on the first working day
 * after (Thursday 01/10) and again five working days later (Thursday 08/10); the tasks due later, or with no
 * deadline, hear nothing; and the Office's urging letter to the lead unit lists its two overdue tasks. Expected
 * days counted by hand on the 2020 calendar (no holiday between 21/09 and 09/10).
 */
@IntegrationTest
@Import(MutableClock.Config.class)
class SeedTasksThroughTimeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    MutableClock clock;

    @Test
    void theSeedTasksOfNghiQuyet105GetWarnedNotifiedAndUrgedOnTheRightDays() throws IOException {
        var office = Api.as(port, "vanphong");
        JsonNode before = office.get("/api/v1/monitoring/rules").json();
        var rules = office.put("/api/v1/monitoring/rules", Map.of("repeatWorkingDays", 5,
                "escalateAfterWorkingDays", 60, "requestDecisionWorkingDays", 5, "weeklyDigest", false), Map.of());
        assertThat(rules.status()).as(rules.toString()).isEqualTo(200);
        try {
            List<JsonNode> seeds = office.all("/api/v1/tasks?asOf=2020-09-01").stream()
                    .filter(t -> t.path("directive").path("number").asString("").startsWith("105/NQ-CP")).toList();
            List<JsonNode> dueOn30September = seeds.stream()
                    .filter(t -> "2020-09-30".equals(t.path("deadline").asString(""))).toList();
            assertThat(dueOn30September).extracting(t -> t.get("leadUnit").get("code").asString())
                    .containsExactlyInAnyOrder("TTTT", "TTTT", "KHTC");
            List<JsonNode> quiet = seeds.stream().filter(t -> !dueOn30September.contains(t)).toList();
            assertThat(quiet).as("105/NQ-CP's tasks due at the end of the year or with no deadline").isNotEmpty();

            for (LocalDate day = LocalDate.of(2020, 9, 21); !day.isAfter(LocalDate.of(2020, 10, 9)); day = day.plusDays(1)) {
                clock.setDay(day);
                assertThat(office.post("/api/v1/monitoring/sweeps", null).status()).isEqualTo(200);
            }

            for (JsonNode task : dueOn30September) {
                String unit = task.get("leadUnit").get("code").asString().toLowerCase();
                assertThat(autumnNotices(office, task)).as(task.get("title").asString()).containsExactly(
                        // Due soon with five working days left (the evaluation policy's): Wednesday 23/9.
                        "2020-09-23 DUE_SOON " + unit, "2020-10-01 OVERDUE " + unit, "2020-10-08 OVERDUE " + unit);
            }
            for (JsonNode task : quiet) {
                assertThat(autumnNotices(office, task)).as(task.get("title").asString()).isEmpty();
            }

            clock.setDay(LocalDate.of(2020, 10, 2));
            long tttt = dueOn30September.stream().filter(t -> t.get("leadUnit").get("code").asString().equals("TTTT"))
                    .findFirst().orElseThrow().get("leadUnit").get("id").asLong();
            var issued = office.post("/api/v1/urging-letters", Map.of("unitId", tttt));
            assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
            JsonNode letter = issued.json().get("items").get(0);
            assertThat(letter.get("issuedOn").asString()).isEqualTo("2020-10-02");
            assertThat(letter.get("tasks").valueStream().map(t -> t.get("taskId").asLong())).containsAll(
                    dueOn30September.stream().filter(t -> t.get("leadUnit").get("code").asString().equals("TTTT"))
                            .map(t -> t.get("id").asLong()).toList());
            byte[] pdf = office.getBytes("/api/v1/urging-letters/" + letter.get("id").asLong() + "/pdf");
            try (var document = Loader.loadPDF(pdf)) {
                String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
                assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                        "Trung tâm Thông tin", "Nền tảng tích hợp, chia sẻ dữ liệu", "30/09/2020");
            }
        } finally {
            office.put("/api/v1/monitoring/rules", before, Map.of());
        }
    }

    /** The task's deadline notices issued in this walk, oldest first, as "day rule recipients". */
    private static List<String> autumnNotices(Api office, JsonNode task) {
        var response = office.get("/api/v1/notices?limit=500&taskId=" + task.get("id").asLong());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().get("items").valueStream()
                .filter(n -> n.get("issuedOn").asString().startsWith("2020-"))
                .filter(n -> List.of("DUE_SOON", "OVERDUE", "ESCALATION").contains(n.get("rule").asString()))
                .map(n -> n.get("issuedOn").asString() + " " + n.get("rule").asString() + " " + String.join(",",
                        n.get("recipients").valueStream().map(r -> r.get("username").asString()).sorted().toList()))
                .sorted().toList();
    }
}
