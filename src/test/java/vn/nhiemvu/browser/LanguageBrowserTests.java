package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The language switch in Chromium at 1280 px (ADR 0033): signing in in English, the task list and a task's page in
 * English, and back to Vietnamese through the account menu; screenshots of both to look at.
 */
@IntegrationTest
class LanguageBrowserTests extends BrowserTest {

    @Test
    void anOutsideExpertSignsInAndReadsTheTasksInEnglishThenSwitchesBack() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        browser.get(base + "/login?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
        logIn("vanphong", "/tasks");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("site-nav")));
        assertThat(browser.findElement(By.id("site-nav")).getText()).contains("Dashboard", "Tasks", "Help")
                .doesNotContain("Bảng điều hành");
        screenshot("words-en-tasks");

        click(By.cssSelector("main table tbody tr a[href*='/tasks/']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("status-reason")));
        click(By.cssSelector(".nav-account summary"));
        screenshot("words-en-task");
        assertThat(browser.findElement(By.id("status-reason")).getText()).containsAnyOf("deadline", "Completed", "Due");

        click(By.id("language-switch"));
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "vi"));
        assertThat(browser.findElement(By.id("status-reason")).getText()).containsAnyOf("thời hạn", "Hoàn thành",
                "Đến hạn");
        screenshot("words-vi-task");
        browser.get(base + "/tasks");
        assertThat(browser.findElement(By.id("site-nav")).getText()).contains("Bảng điều hành");
        screenshot("words-vi-tasks");
    }
}
