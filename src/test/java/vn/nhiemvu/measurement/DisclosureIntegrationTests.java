package vn.nhiemvu.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Public disclosure (ADR 0051): the Office chooses areas and indicators; the public page, open without sign-in, shows
 * those as figures with the date they are as of, and nothing unpublished — no other area or indicator, no task, no
 * account; the API stays closed to anyone not signed in; only the Office chooses.
 */
@IntegrationTest
class DisclosureIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    Organization organization;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void thePublicPageShowsWhatWasChosenAndNothingElse() {
        var office = Api.as(port, "vanphong");
        String agency = organization.homeAgency().orElseThrow().code();
        String shown = "CK" + System.nanoTime() % 100000;
        String hidden = shown + "AN";
        String area = "CKL" + System.nanoTime() % 100000;
        String hiddenArea = area + "AN";
        assertThat(office.post("/api/v1/areas", Map.of("code", area, "name", "Lĩnh vực công khai " + area)).status())
                .isEqualTo(201);
        assertThat(office.post("/api/v1/areas", Map.of("code", hiddenArea, "name", "Lĩnh vực kín " + hiddenArea))
                .status()).isEqualTo(201);
        office.post("/api/v1/indicators", definition(shown, "Chỉ tiêu công khai " + shown));
        office.post("/api/v1/indicators", definition(hidden, "Chỉ tiêu kín " + hidden));
        assertThat(Api.as(port, "khtc").post("/api/v1/indicators/" + shown + "/values",
                Map.of("period", (today.getYear() - 1) + "-Q1", "value", 42, "source", "Báo cáo của Nguyễn Văn An",
                        "evidence", "Công văn số 123/KHTC")).status()).isEqualTo(201);
        var task = new LinkedHashMap<String, Object>();
        task.put("title", "Nhiệm vụ không được công khai " + area);
        task.put("leadUnit", Map.of("code", "PC"));
        task.put("deadline", today.minusDays(5).toString());
        long taskId = office.post("/api/v1/tasks", task).json().get("id").asLong();
        office.put("/api/v1/tasks/" + taskId + "/areas", Map.of("areas", List.of(area)), Map.of());

        // Only the Office chooses; an unknown code changes nothing.
        assertThat(Api.as(port, "khtc").put("/api/v1/publications", Map.of("areas", List.of(area),
                "indicators", List.of(shown)), Map.of()).status()).isEqualTo(403);
        assertThat(office.put("/api/v1/publications", Map.of("areas", List.of(area, "KHONGCO"),
                "indicators", List.of(shown)), Map.of()).status()).isEqualTo(400);
        Api.Response chosen = office.put("/api/v1/publications", Map.of("areas", List.of(area.toLowerCase()),
                "indicators", List.of(shown)), Map.of());
        assertThat(chosen.status()).as(chosen.toString()).isEqualTo(200);
        assertThat(office.get("/api/v1/publications").json().get("indicators").valueStream()
                .map(n -> n.asString())).containsExactly(shown);

        Api.Response page = Api.anonymous(port).get("/public/" + agency.toLowerCase());
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        assertThat(page.header("Cache-Control")).contains("max-age=300");
        assertThat(page.body()).contains("Lĩnh vực công khai " + area, "Chỉ tiêu công khai " + shown, "42 %",
                "Số liệu tính đến ngày " + DisplayDates.date(today))
                .doesNotContain("Lĩnh vực kín", "Chỉ tiêu kín", "Nhiệm vụ không được công khai", "Nguyễn Văn An",
                        "123/KHTC", "khtc", "vanphong", "/tasks/" + taskId);
        // One task of the area, overdue: counted, not shown.
        assertThat(page.body()).containsPattern("<td class=\"num\" data-label=\"Số nhiệm vụ\">1</td>");

        // Through every other door, nothing without sign-in.
        for (String path : List.of("/api/v1/indicators", "/api/v1/indicators/" + hidden, "/api/v1/publications",
                "/api/v1/areas/" + hiddenArea, "/api/v1/tasks/" + taskId)) {
            assertThat(Api.anonymous(port).get(path).status()).as(path).isEqualTo(401);
        }
        assertThat(Api.anonymous(port).get("/indicators/" + hidden).status()).isIn(302, 401);
        assertThat(Api.anonymous(port).get("/public/KHONGCO").status()).isEqualTo(404);

        // Withdrawn, it is gone from the page at once (this node drops its copy).
        office.put("/api/v1/publications", Map.of("areas", List.of(), "indicators", List.of()), Map.of());
        assertThat(Api.anonymous(port).get("/public/" + agency).body()).doesNotContain("Chỉ tiêu công khai " + shown,
                "Lĩnh vực công khai " + area).contains("chưa công khai");
    }

    private Map<String, Object> definition(String code, String name) {
        return Bodies.indicator(code, name, today.getYear() - 1, "KHTC");
    }
}
