package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A unit finds its work from its inbox: the notices of what others did (its plan returned, its dossier returned, a
 * task assigned) each lead to the step, and leave the inbox once opened. Screenshots at 1280 and 390 px.
 */
@IntegrationTest
class WorkNoticesBrowserTests extends BrowserTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aUnitFindsWhatWasDoneToItsTasksInItsInboxAndOpensTheStep() throws Exception {
        String planned = "Xây dựng kế hoạch số hóa hồ sơ (thông báo trên trình duyệt)";
        long task = task(planned);
        String plan = "/api/v1/tasks/" + task + "/plan";
        assertThat(Api.as(port, "cdsqg").post(plan + "/versions", Map.of("milestones", List.of(Map.of("title",
                "Dự thảo kế hoạch", "dueDate", today.plusDays(20).toString())))).status()).isEqualTo(201);
        assertThat(Api.as(port, "cdsqg").post(plan + "/versions/1/submission", null).status()).isEqualTo(200);
        assertThat(Api.as(port, "lanhdao").post(plan + "/versions/1/return",
                Map.of("comment", "Bổ sung mốc lấy ý kiến các cục.")).status()).isEqualTo(200);

        long other = task("Hoàn thiện hồ sơ Đề án dữ liệu mở (thông báo trên trình duyệt)");
        String dossier = "/api/v1/tasks/" + other + "/dossier";
        for (String role : List.of("DRAFT_DOCUMENT", "EXPLANATORY_REPORT")) {
            assertThat(Api.as(port, "cdsqg").upload(dossier + "/files", role.toLowerCase() + ".txt",
                    role.getBytes(StandardCharsets.UTF_8), Map.of("role", role)).status()).isEqualTo(201);
        }
        assertThat(Api.as(port, "cdsqg").post(dossier + "/submission-for-review", null).status()).isEqualTo(200);
        assertThat(Api.as(port, "phapche").post(dossier + "/review", Map.of("decision", "RETURN", "comments",
                "Thiếu bản tổng hợp ý kiến góp ý.")).status()).isEqualTo(200);

        logIn("cdsqg", "/inbox");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-table")));
        String inbox = browser.findElement(By.id("inbox-table")).getText();
        assertThat(inbox).contains("Thông báo: Kế hoạch bị trả lại", "Kế hoạch bị trả lại: " + planned,
                "Thông báo: Hồ sơ bị trả lại", "Thông báo: Được giao nhiệm vụ");
        screenshot("inbox-unit-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("inbox-unit-390");
        browser.manage().window().setSize(new Dimension(1280, 1000));

        browser.findElement(By.linkText("Kế hoạch bị trả lại: " + planned)).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("plan-version-1")));
        assertThat(browser.getCurrentUrl()).endsWith("/tasks/" + task + "/plan#plan-version-1");
        assertThat(browser.findElement(By.id("plan-version-1")).getText()).contains("Bổ sung mốc lấy ý kiến các cục.");
        screenshot("inbox-unit-opened-plan");

        browser.get(base + "/inbox");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-table")));
        assertThat(browser.findElement(By.id("inbox-table")).getText())
                .doesNotContain("Kế hoạch bị trả lại: " + planned).contains("Thông báo: Hồ sơ bị trả lại");
    }

    private long task(String title) {
        var body = new LinkedHashMap<String, Object>();
        body.put("title", title);
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("coordinatingUnits", List.of(Map.of("code", "ATTT")));
        body.put("deadline", today.plusDays(45).toString());
        var created = Api.as(port, "vanphong").post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }
}
