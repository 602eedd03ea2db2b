package vn.nhiemvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.HeadlessChromium;
import vn.nhiemvu.support.IntegrationTest;

/** The Office's dashboard in a real headless Chromium: charts, lists, and a live update when a task changes. */
@IntegrationTest
class DashboardBrowserTests {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private Path profile;

    @BeforeEach
    void startBrowser() throws Exception {
        profile = Files.createTempDirectory("nhiemvu-chromium");
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private long overdueTile() {
        return Long.parseLong(browser.findElement(By.cssSelector("#tiles [data-status=OVERDUE] .n")).getText()
                .replaceAll("\\D", ""));
    }

    @Test
    void theOfficeSeesTheDashboardUpdateLiveOnADeskAndOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get("http://127.0.0.1:" + port + "/dashboard");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys("vanphong");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("login-submit")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart-units canvas")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "Mốc kế hoạch chậm"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Bảng điều hành");
        assertThat(browser.findElement(By.id("lists")).getText()).contains("Quá hạn", "Sắp đến hạn",
                "Đề nghị chờ Lãnh đạo Bộ cho ý kiến");
        assertThat(browser.findElements(By.cssSelector("#unit-table tbody tr"))).hasSize(26);
        long overdue = overdueTile();
        screenshot("dashboard-1280");

        Api.as(port, "vanphong").post("/api/v1/tasks", task("Việc quá hạn xuất hiện trực tiếp", "HTQT", "2021-04-30"));
        wait.until(d -> overdueTile() == overdue + 1);

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chart-totals canvas")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("lists"), "Mốc kế hoạch chậm"));
        screenshot("dashboard-390");
    }

    private void screenshot(String name) throws Exception {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
