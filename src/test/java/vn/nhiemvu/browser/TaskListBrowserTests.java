package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The task list in Chromium at 1280 px and on a 390 px phone: a link with filters shows them as chips, the form
 * filters without reloading and keeps the address, a chip clears its filter, pages and sorting move through the
 * list. Screenshots under {@code target/screenshots}.
 */
@IntegrationTest
class TaskListBrowserTests extends BrowserTest {

    @Autowired
    Accounts accounts;

    @Test
    void findingOnesWorkOnADeskAndOnAPhone() throws Exception {
        long leader = accounts.find("lanhdao").orElseThrow().leaderId();
        logIn("vanphong", "/tasks?leader=" + leader + "&status=OVERDUE,COMPLETED_LATE&asOf=15/01/2021");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chips")));
        assertThat(browser.findElement(By.id("chips")).getText()).contains("Lãnh đạo Bộ phụ trách", "Quá hạn",
                "Tính đến ngày", "15/01/2021");
        assertThat(browser.findElement(By.id("task-count")).getText()).matches("(\\d+–\\d+ trong \\d+ nhiệm vụ|Không có.*)");
        screenshot("task-list-filters-1280");

        // Another filter from the form: the results change in place, the address follows.
        if (browser.findElement(By.cssSelector(".more-filters")).getAttribute("open") == null) {
            browser.findElement(By.cssSelector(".more-filters summary")).click();
        }
        new Select(browser.findElement(By.id("leadUnit"))).selectByValue("VP");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#chips a[title='Bỏ lọc Chủ trì']")));
        wait.until(ExpectedConditions.urlContains("leadUnit=VP"));
        assertThat(browser.getCurrentUrl()).contains("leader=" + leader);

        // One click clears one filter.
        browser.findElement(By.cssSelector("#chips a[title='Bỏ lọc Lãnh đạo Bộ phụ trách']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("leader=" + leader)));
        wait.until(ExpectedConditions.not(ExpectedConditions.textToBePresentInElementLocated(By.id("chips"),
                "Lãnh đạo Bộ phụ trách")));
        assertThat(browser.findElement(By.cssSelector("#chips a[title='Bỏ lọc Chủ trì']")).getText()).contains("Văn phòng Bộ");

        // The whole list: pages forward and back, sorted by deadline.
        browser.findElement(By.id("clear-filters")).click();
        wait.until(ExpectedConditions.textMatches(By.id("task-count"), java.util.regex.Pattern.compile("^1–25 trong \\d+")));
        browser.findElement(By.cssSelector("#task-table th a[href*='sort=deadline']")).click();
        wait.until(ExpectedConditions.urlContains("sort=deadline"));
        browser.findElement(By.id("page-next")).click();
        wait.until(ExpectedConditions.textMatches(By.id("task-count"), java.util.regex.Pattern.compile("^26–")));
        browser.findElement(By.id("page-previous")).click();
        wait.until(ExpectedConditions.textMatches(By.id("task-count"), java.util.regex.Pattern.compile("^1–25")));
        screenshot("task-list-1280");

        // A 390 px phone: the same view, one compact card per task.
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.get(base + "/tasks?status=OVERDUE&asOf=15/01/2021&sort=deadline");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("chips")));
        screenshot("task-list-filters-390");
        browser.get(base + "/tasks");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-table")));
        long height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight")).longValue();
        long width = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth")).longValue();
        assertThat(width).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        // 25 tasks to a page: about 4,000 px on the phone (a page of 50 table rows was about 12,000 px).
        assertThat(height).as("page height at 390 px").isLessThan(5000);
        // The window's own bars take some of its height: a little more shows the whole page.
        browser.manage().window().setSize(new Dimension(390, (int) height + 200));
        screenshot("task-list-390-whole-page");
        System.out.println("Task list, 25 tasks, page height at 390 px: " + height + " px");
    }
}
