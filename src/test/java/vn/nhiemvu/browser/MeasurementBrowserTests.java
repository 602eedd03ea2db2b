package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Indicators and the PAR index in Chromium at 1280 px and on a 390 px phone: the demo indicator of seed 001 with its
 * warning, its values and the responsible unit's form; the index's seven fields. Nothing is wider than the phone.
 * Screenshots under {@code target/screenshots}.
 */
@IntegrationTest
class MeasurementBrowserTests extends BrowserTest {

    @Test
    void theUnitReadsItsIndicatorAndTheIndexAtBothWidths() throws Exception {
        logIn("khtc", "/indicators");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("indicator-table")));
        assertThat(browser.findElement(By.id("indicator-table")).getText())
                .contains("Tỷ lệ giải ngân kế hoạch đầu tư vốn ngân sách nhà nước", "Vụ Kế hoạch - Tài chính");
        screenshot("indicators-1280");
        browser.findElement(By.linkText("Tỷ lệ giải ngân kế hoạch đầu tư vốn ngân sách nhà nước")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("value-form")));
        screenshot("indicator-1280");
        browser.get(base + "/par");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("par-table")));
        assertThat(browser.findElement(By.id("par-table")).getText()).contains("Cải cách thể chế",
                "Xây dựng và phát triển Chính phủ điện tử, Chính phủ số");
        screenshot("par-1280");

        browser.manage().window().setSize(new Dimension(390, 844));
        for (String[] page : List.of(new String[] { "/indicators", "indicator-table", "indicators-390" },
                new String[] { "/indicators/GIAINGAN", "value-form", "indicator-390" },
                new String[] { "/par", "par-table", "par-390" })) {
            browser.manage().window().setSize(new Dimension(390, 844));
            browser.get(base + page[0]);
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(page[1])));
            long width = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth")).longValue();
            long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollHeight")).longValue();
            assertThat(width).as(page[0] + ": nothing wider than the phone").isLessThanOrEqualTo(390);
            browser.manage().window().setSize(new Dimension(390, (int) height + 200));
            screenshot(page[2]);
        }
    }
}
