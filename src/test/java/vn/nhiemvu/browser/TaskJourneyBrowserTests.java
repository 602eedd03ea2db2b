package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/** The Office's first journey, and every page, in a real headless Chromium ({@link vn.nhiemvu.support.HeadlessChromium}). */
@IntegrationTest
class TaskJourneyBrowserTests extends BrowserTest {

    @Test
    void theOfficeLogsInCreatesATaskAndSeesItListed() throws Exception {
        logIn("vanphong", "/tasks");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-table")));
        assertThat(browser.findElements(By.cssSelector("#task-table tbody tr"))).hasSizeGreaterThan(5);
        screenshot("task-list");

        browser.findElement(By.id("new-task")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
        // Saving an empty form shows the errors beside the fields.
        browser.findElement(By.id("save-task")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".field-error")));
        assertThat(browser.findElement(By.id("task-form")).getText()).contains("Tên nhiệm vụ không được để trống");

        String title = "Xây dựng kế hoạch chuyển đổi số năm 2021 (thử trên trình duyệt)";
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("leadUnit"))).selectByValue("CDSQG");
        var deadline = browser.findElement(By.id("deadline"));
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("arguments[0].value = '31/03/2021'", deadline);
        browser.findElement(By.id("save-task")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Cục Chuyển đổi số quốc gia", "31/03/2021");

        browser.get(base + "/tasks");
        var search = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q")));
        search.sendKeys("ke hoach chuyen doi so nam 2021");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("task-table"), title));
        screenshot("task-listed");
    }

    @Test
    void everyPageOfTheOfficeRendersInVietnamese() throws Exception {
        logIn("vanphong", "/");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-table")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bảng điều hành");
        screenshot("dashboard");

        browser.get(base + "/directives");
        browser.findElement(By.linkText("75/CT-BTTTT")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-table")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Chỉ thị số 75/CT-BTTTT");
        screenshot("directive");

        browser.findElement(By.cssSelector("#task-table tbody tr td a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.className("history")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Lịch sử thay đổi", "Đơn vị chủ trì");
        screenshot("task");

        browser.findElement(By.linkText("Sửa")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));

        browser.get(base + "/directives/new");
        browser.findElement(By.id("save-directive")).click();
        // Looked up again on each try: the form of the page before the answer may still be there at first.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("directive-form"),
                "Số, ký hiệu văn bản không được để trống"));

        browser.get(base + "/rankings?from=2020-07-01&to=2020-12-31&asOf=2021-01-15");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#ranking-chart canvas")));
        screenshot("rankings");

        browser.get(base + "/reports/missing");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("chưa được báo cáo");
        browser.get(base + "/inbox");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Việc cần xử lý");

        browser.get(base + "/calendar?year=2025");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("2025");

        browser.get(base + "/tokens");
        browser.findElement(By.name("name")).sendKeys("Kịch bản thử");
        browser.findElement(By.cssSelector("form.card button")).click();
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("issued-token"))).getText())
                .startsWith("nv_");
    }
}
