package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Issue 14, item 3, in Chromium at 1280 and 390 px: a unit trying to complete its report with nothing on file sees
 * why not and where the rules are; the Office completes it with a stated reason, and the task shows that decision.
 * Screenshots: target/screenshots/completion-refused-*.png and completion-override-*.png.
 */
@IntegrationTest
class CompletionPathBrowserTests extends BrowserTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void aUnitIsRefusedWithTheReasonAndTheOfficeOverridesSayingWhy() throws Exception {
        long task = reportTask();
        String taskPage = "/tasks/" + task;

        logIn("cdsqg", taskPage);
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion-refusal")));
        assertThat(refusal.getText()).contains("Chưa thể ghi nhận hoàn thành.", "Nhiệm vụ loại “Báo cáo”",
                "Còn thiếu: có tệp kết quả", "Xem quy tắc hoàn thành");
        assertThat(browser.findElements(By.id("completion-form"))).as("no button that could only fail").isEmpty();
        shoot("completion-refused");

        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.findElement(By.linkText("Xem quy tắc hoàn thành")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Quy tắc hoàn thành"));
        assertThat(browser.findElement(By.id("kind-rules")).getText()).contains("Báo cáo", "Có tệp kết quả");
        screenshot("completion-rules-1280");
        logOut();

        logIn("vanphong", taskPage);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion-form")));
        assertThat(form.getText()).contains("bắt buộc: còn thiếu bước");
        form.findElement(By.name("reason")).sendKeys("Báo cáo đã gửi Văn phòng Chính phủ bằng văn bản giấy số 88/BC-BTTTT; "
                + "đơn vị chưa tải lên hệ thống.");
        WebElement button = form.findElement(By.xpath(".//button[normalize-space()='Ghi nhận hoàn thành theo quyết định của Văn phòng']"));
        shoot("completion-override-form");
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        WebElement override = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion-override")));
        assertThat(override.getText()).contains("Hoàn thành theo quyết định của Văn phòng:", "88/BC-BTTTT",
                "khi còn thiếu: có tệp kết quả");
        assertThat(browser.findElement(By.id("status-reason")).getText()).contains("Hoàn thành ngày");
        shoot("completion-override");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("hoàn thành theo quyết định của Văn phòng: Báo cáo đã gửi Văn phòng Chính phủ");
    }

    /** A report of the lead unit Cục Chuyển đổi số quốc gia, from a directive of ten days ago. */
    private long reportTask() {
        var office = Api.as(port, "vanphong");
        // A number of its own: the suite's other tests record directives in the same database.
        var recorded = office.post("/api/v1/directives", Map.of("kind", "CONG_VAN",
                "number", (System.nanoTime() % 100_000) + "/BTTTT-VP", "issuer", Map.of("code", "BTTTT"),
                "issueDate", today.minusDays(10).toString(),
                "summary", "Báo cáo tình hình chuyển đổi số (trên trình duyệt)"));
        assertThat(recorded.status()).as(recorded.toString()).isEqualTo(201);
        long directive = recorded.json().get("id").asLong();
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", "REPORT");
        body.put("title", "Báo cáo tình hình chuyển đổi số quý này");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("directive", Map.of("id", directive));
        body.put("deadline", today.plusDays(20).toString());
        var created = office.post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    /** The completion section at 1280 px, then at 390 px (a phone), scrolled into view. */
    private void shoot(String name) throws Exception {
        for (int width : new int[] { 1280, 390 }) {
            browser.manage().window().setSize(new Dimension(width, width == 390 ? 844 : 1000));
            ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'})",
                    browser.findElement(By.id("completion")));
            screenshot(name + "-" + width);
        }
    }
}
