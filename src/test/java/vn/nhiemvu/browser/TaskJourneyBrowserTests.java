package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.HeadlessChromium;
import vn.nhiemvu.support.IntegrationTest;

/** The Office's first journey, and every page, in a real headless Chromium ({@link HeadlessChromium}). */
@IntegrationTest
class TaskJourneyBrowserTests {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private String base;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("nhiemvu-chromium");
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        base = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theOfficeLogsInCreatesATaskAndSeesItListed() throws Exception {
        logInAsOfficeAt("/tasks");

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
                .executeScript("arguments[0].value = '2021-03-31'", deadline);
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
        logInAsOfficeAt("/");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unit-table")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tổng quan tình hình thực hiện nhiệm vụ");
        screenshot("overview");

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
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("directive-form"))).getText())
                .contains("Số, ký hiệu văn bản không được để trống");

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

    /** Opens the page, which sends an anonymous user to the login form, and logs in as the Office. */
    private void logInAsOfficeAt(String path) {
        browser.get(base + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("vanphong");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
