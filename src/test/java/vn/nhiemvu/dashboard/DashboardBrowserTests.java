package vn.nhiemvu.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.support.Bodies.task;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/** The Office's dashboard in a real headless Chromium: charts, lists, and a live update when a task changes. */
@IntegrationTest
class DashboardBrowserTests extends BrowserTest {

    private long overdueTile() {
        return Long.parseLong(browser.findElement(By.cssSelector("#tiles [data-status=OVERDUE] .n")).getText()
                .replaceAll("\\D", ""));
    }

    @Test
    void theOfficeSeesTheDashboardUpdateLiveOnADeskAndOnAPhone() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 1000));
        logIn("vanphong", "/dashboard");

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
}
