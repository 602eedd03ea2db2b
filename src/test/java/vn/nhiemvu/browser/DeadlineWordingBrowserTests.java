package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A clerk copies a deadline as the directive words it; the form reads it as it is typed, fills the
 * date for confirmation and the task is saved with that deadline (issue 14, first trap), on a desk
 * and on a 390 px phone. The date field is text, day first, whatever the browser's language.
 */
@IntegrationTest
class DeadlineWordingBrowserTests extends BrowserTest {

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = { 1280, 390 })
    void theWordingFillsTheDateAndTheTaskKeepsIt(int width) throws Exception {
        browser.manage().window().setSize(new Dimension(width, 1000));
        logIn("vanphong", "/tasks/new");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-form")));
        var date = browser.findElement(By.id("deadline"));
        assertThat(date.getAttribute("type")).isEqualTo("text");
        assertThat(date.getAttribute("placeholder")).isEqualTo("dd/mm/yyyy");

        String title = "Trình Đề án dữ liệu mở (" + width + " px)";
        browser.findElement(By.id("title")).sendKeys(title);
        new Select(browser.findElement(By.id("leadUnit"))).selectByValue("CDSQG");
        browser.findElement(By.id("deadlineText")).sendKeys("trước ngày 15/01/2027");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deadline-reading"), "→ 15/01/2027"));
        wait.until(ExpectedConditions.attributeToBe(By.id("deadline"), "value", "15/01/2027"));
        assertThat(browser.findElement(By.id("deadline-reading")).getText()).endsWith("15/01/2027 → 15/01/2027");
        screenshot("deadline-wording-read-" + width);

        // The calendar beside the field is Vietnamese and shows the day read.
        browser.findElement(By.cssSelector("#task-form .date-pick")).click();
        var calendar = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
        assertThat(calendar.getText()).contains("T2", "CN");
        assertThat(calendar.findElement(By.cssSelector(".flatpickr-day.selected")).getText()).isEqualTo("15");
        screenshot("deadline-calendar-" + width);
        browser.findElement(By.cssSelector(".flatpickr-day.selected")).click();
        assertThat(browser.findElement(By.id("deadline")).getAttribute("value")).isEqualTo("15/01/2027");

        browser.findElement(By.id("save-task")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), title));
        String shown = browser.findElement(By.tagName("main")).getText();
        assertThat(shown).contains("15/01/2027", "theo văn bản: “trước ngày 15/01/2027”").doesNotContain("Không có thời hạn");
        screenshot("deadline-wording-saved-" + width);
    }
}
