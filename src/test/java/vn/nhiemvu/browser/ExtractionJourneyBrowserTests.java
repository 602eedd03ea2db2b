package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The Office uploads Công văn 50/BTTTT-CĐSQG, sees each proposal highlighted in the text beside
 * it, corrects the leads, drops one proposal and saves the directive with the other tasks.
 */
@IntegrationTest
class ExtractionJourneyBrowserTests extends BrowserTest {

    @Test
    void theOfficeReadsACongVanCorrectsTheProposalsAndCreatesTheTasks() throws Exception {
        logIn("vanphong", "/extractions/new");

        Path seed;
        try (var files = Files.list(Path.of("src/test/resources/extraction/seeds"))) {
            seed = files.filter(f -> f.getFileName().toString().startsWith("003")).findFirst().orElseThrow();
        }
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("extraction-file")))
                .sendKeys(seed.toAbsolutePath().toString());
        browser.findElement(By.id("extract")).click();

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
        List<WebElement> proposals = browser.findElements(By.cssSelector(".proposal"));
        List<WebElement> marks = browser.findElements(By.cssSelector("#source-text mark"));
        assertThat(proposals).hasSize(5);
        assertThat(marks).hasSize(5);
        assertThat(browser.findElement(By.id("doc-number")).getAttribute("value")).isEqualTo("50/BTTTT-CĐSQG");
        assertThat(browser.findElement(By.id("doc-signer")).getAttribute("value")).contains("Nguyễn Huy Dũng");
        assertThat(proposals.get(1).getText()).contains("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương");
        assertThat(proposals.get(1).findElement(By.cssSelector("input[data-date-field]")).getAttribute("value"))
                .isEqualTo("15/01/2024");
        marks.get(1).click();
        screenshot("extraction-review");

        // The demo data already holds this Công văn: saving offers to add the tasks to it (issue 19), readable on a phone.
        browser.findElement(By.id("confirm")).click();
        WebElement existing = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("existing-directive")));
        assertThat(existing.getText()).contains("50/BTTTT-CĐSQG");
        assertThat(existing.findElement(By.id("add-to-existing")).isDisplayed()).isTrue();
        screenshot("extraction-existing");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
        assertThat(browser.findElement(By.id("add-to-existing")).isDisplayed()).isTrue();
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "return document.getElementById('existing-directive').scrollWidth - document.getElementById('existing-directive').clientWidth"))
                .as("the offer fits a phone's width").isLessThanOrEqualTo(0L);
        screenshot("extraction-existing-390");
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
        proposals = browser.findElements(By.cssSelector(".proposal"));

        // Record it as a copy instead.
        var number = browser.findElement(By.id("doc-number"));
        number.clear();
        number.sendKeys("50/BTTTT-CĐSQG-thử");
        proposals.get(4).findElement(By.cssSelector(".keep input[type=checkbox]")).click();
        for (int i = 0; i < 4; i++) {
            new Select(proposals.get(i).findElement(By.cssSelector("select.lead"))).selectByVisibleText("Cục Chuyển đổi số quốc gia");
        }
        browser.findElement(By.id("confirm")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "giao 4 nhiệm vụ"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("50/BTTTT-CĐSQG-thử");
        screenshot("extraction-saved");
    }

    @Test
    void everySeedPastedGivesAReviewWithEachProposalHighlighted() throws Exception {
        logIn("vanphong", "/extractions/new");
        List<Path> seeds;
        try (var files = Files.list(Path.of("src/test/resources/extraction/seeds"))) {
            seeds = files.sorted().toList();
        }
        for (Path seed : seeds) {
            browser.get(base + "/extractions/new");
            WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("extraction-text")));
            // typing 14,000 characters key by key takes minutes; a paste sets the value at once
            ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", text,
                    Files.readString(seed));
            browser.findElement(By.id("extract")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
            int proposals = browser.findElements(By.cssSelector(".proposal")).size();
            assertThat(browser.findElements(By.cssSelector("#source-text mark"))).hasSize(proposals);
            screenshot("extraction-" + seed.getFileName().toString().substring(0, 3));
        }
    }
}
