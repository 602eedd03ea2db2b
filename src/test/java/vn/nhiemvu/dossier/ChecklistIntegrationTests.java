package vn.nhiemvu.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.task.TaskKind;

/** What a dossier must hold depends on what the task produces. */
@IntegrationTest
class ChecklistIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void aSchemeNeedsTheOpinionsCollectedBeforeLegalReview() {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "SCHEME");
        body.put("title", "Đề án cần tổng hợp ý kiến");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("deadline", "2031-06-30");
        var created = Api.as(port, "vanphong").post("/api/v1/tasks", body);
        assertThat(created.json().get("kind").asString()).isEqualTo("SCHEME");
        String dossier = "/api/v1/tasks/" + created.json().get("id").asLong() + "/dossier";
        var unit = Api.as(port, "cdsqg");
        unit.upload(dossier + "/files", "du-thao.txt", "Dự thảo".getBytes(StandardCharsets.UTF_8),
                Map.of("role", "DRAFT_DOCUMENT"));
        unit.upload(dossier + "/files", "to-trinh.txt", "Tờ trình".getBytes(StandardCharsets.UTF_8),
                Map.of("role", "EXPLANATORY_REPORT"));
        var refused = unit.post(dossier + "/submission-for-review", null);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("detail").asString()).contains("Ý kiến góp ý");
        assertThat(unit.get(dossier).json().get("checklist").get("name").asString()).isEqualTo("Đề án");

        unit.upload(dossier + "/files", "gop-y.txt", "Tổng hợp ý kiến".getBytes(StandardCharsets.UTF_8),
                Map.of("role", "OPINIONS"));
        assertThat(unit.post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
    }

    @Test
    void eachKindHasItsList() {
        assertThat(Checklist.forKind(TaskKind.LEGAL_DOCUMENT).required()).contains(FileRole.IMPACT_ASSESSMENT);
        assertThat(Checklist.forKind(TaskKind.REPORT).required()).containsExactly(FileRole.DRAFT_DOCUMENT);
        assertThat(Checklist.forKind(TaskKind.OTHER)).isEqualTo(Checklist.DEFAULT);
        assertThat(Checklist.forKind(null)).isEqualTo(Checklist.DEFAULT);
    }
}
