package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The areas' board in Chromium at 1280 px and on a 390 px phone: the twelve areas with their counts, one area's board,
 * and its link to the task list filtered by the area (the chip names it). Screenshots under {@code target/screenshots}.
 */
@IntegrationTest
class AreaBrowserTests extends BrowserTest {

    @Test
    void theOfficeReadsTheAreasAndFollowsOneToItsTasks() throws Exception {
        logIn("vanphong", "/areas?asOf=15/01/2021&from=01/01/2020&to=31/12/2020");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("area-table")));
        assertThat(browser.findElements(By.cssSelector("#area-table tbody tr"))).hasSizeGreaterThanOrEqualTo(12);
        assertThat(browser.findElement(By.id("area-table")).getText()).contains("Pháp luật", "Vụ Pháp chế",
                "Mạng lưới chuyên gia", "Thanh tra Bộ");
        screenshot("areas-1280");

        browser.findElement(By.linkText("Pháp luật")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("area-units")));
        assertThat(browser.getCurrentUrl()).as("the area keeps the list's period").contains("from=01/01/2020");
        screenshot("area-detail-1280");
        browser.findElement(By.cssSelector("#area-statuses a[href*='area=PHAPLUAT']")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chips")));
        assertThat(browser.findElement(By.id("chips")).getText()).contains("Lĩnh vực", "Pháp luật");
        screenshot("area-task-list-1280");

        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/areas?asOf=15/01/2021&from=01/01/2020&to=31/12/2020");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("area-table")));
        long width = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).longValue();
        long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        browser.manage().window().setSize(new Dimension(390, (int) height + 200));
        screenshot("areas-390-whole-page");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/areas/PHAPLUAT?asOf=15/01/2021&from=01/01/2020&to=31/12/2020");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("area-units")));
        screenshot("area-detail-390");
        System.out.println("Areas, page height at 390 px: " + height + " px");
    }
}
