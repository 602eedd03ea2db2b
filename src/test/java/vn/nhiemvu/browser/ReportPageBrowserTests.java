package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/** The page of periodic reports in headless Chromium: figures, charts, drill-down, issuing, and a unit's view. */
@IntegrationTest
class ReportPageBrowserTests extends BrowserTest {

    @Test
    void theOfficeSeesQ4Of2020DrillsDownAndIssuesIt() throws Exception {
        logIn("vanphong", "/reports?period=2020-Q4");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Báo cáo định kỳ: Quý IV năm 2020");
        // ECharts drew into its canvases.
        wait.until(d -> !d.findElements(By.cssSelector("#chart-units canvas")).isEmpty());
        assertThat(browser.findElements(By.cssSelector("#chart-status canvas"))).isNotEmpty();
        assertThat(browser.findElement(By.id("byDirective")).getText()).contains("105/NQ-CP");
        assertThat(browser.findElement(By.id("downloads")).getText()).contains("Excel (.xlsx)", "PDF (văn bản)");
        screenshot("reports-2020-Q4");
        ((org.openqa.selenium.JavascriptExecutor) browser)
                .executeScript("document.getElementById('chart-status').scrollIntoView()");
        screenshot("reports-2020-Q4-charts");

        // Drill-down: a unit's overdue count opens the task list filtered as of the cut-off.
        browser.findElement(By.cssSelector("#byUnit a[href*='status=OVERDUE']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-table")));
        assertThat(browser.getCurrentUrl()).contains("asOf=2020-12-14", "status=OVERDUE", "leadUnit=");
        assertThat(browser.findElement(By.id("task-table")).getText()).contains("Quá hạn");

        browser.get(base + "/reports?period=2020-Q4");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("issue-button"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flash")));
        assertThat(browser.findElement(By.cssSelector(".flash")).getText()).contains("Đã ban hành báo cáo Quý IV năm 2020");
        assertThat(browser.findElement(By.id("snapshots")).getText()).contains("ban hành lúc", "bởi Chuyên viên Văn phòng Bộ");
    }

    @Test
    void aUnitSeesItsOwnFiguresWithoutIssuing() throws Exception {
        logIn("cdsqg", "/reports?period=2020-Q4");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("summary")));
        assertThat(browser.findElements(By.id("issue-button"))).isEmpty();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Nhiệm vụ của Cục Chuyển đổi số quốc gia");
    }
}
