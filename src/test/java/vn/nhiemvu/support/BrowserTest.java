package vn.nhiemvu.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.shared.Dates;

/**
 * What every browser test starts from: the server's address, a fresh headless Chromium per test (quit after
 * it), a wait, the sign-in form, and screenshots under {@code target/screenshots} to look at. Tagged
 * {@code browser}: CI runs them on H2 only ({@code -DexcludedGroups=browser} on PostgreSQL), since pages read the
 * database only through services that the integration tests run on both.
 */
@Tag("browser")
public abstract class BrowserTest {

    @LocalServerPort
    protected int port;

    protected WebDriver browser;
    protected WebDriverWait wait;
    protected String base;
    /** The browser's own temporary profile directory, also a place for files to upload. */
    protected Path profile;

    @BeforeEach
    void startBrowser() throws IOException {
        profile = Files.createTempDirectory("nhiemvu-chromium");
        browser = HeadlessChromium.start(profile);
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        base = "http://127.0.0.1:" + port;
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /**
     * Opens the page, which sends an anonymous user to the sign-in form, signs in with the demo password and
     * waits until the form has gone.
     */
    protected void logIn(String username, String path) {
        logIn(browser, wait, username, path);
    }

    /** The same, in another browser than the test's own. */
    protected void logIn(WebDriver driver, WebDriverWait driverWait, String username, String path) {
        driver.get(base + path);
        driverWait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        WebElement button = driver.findElement(By.id("login-submit"));
        button.click();
        driverWait.until(ExpectedConditions.stalenessOf(button));
    }

    protected void screenshot(String name) throws IOException {
        Path dir = Path.of("target", "screenshots");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    /** Signs out through the menu under one's name, and waits for the sign-in form. */
    protected void logOut() {
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".nav-account summary"))).click();
        submit(By.xpath("//header//button[normalize-space()='Đăng xuất']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
    }

    /** Uploads a small text file to the dossier page's form under the given role. */
    protected void upload(String name, String content, String role) throws IOException {
        Path file = profile.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("upload-form")));
        form.findElement(By.name("file")).sendKeys(file.toAbsolutePath().toString());
        new Select(form.findElement(By.name("role"))).selectByValue(role);
        WebElement button = form.findElement(By.xpath(".//button[normalize-space()='Tải lên']"));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), name));
    }

    protected void fill(By locator, String text) {
        WebElement field = wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
        field.clear();
        field.sendKeys(text);
    }

    /** As a person types it, day first. */
    protected void setDate(By locator, LocalDate date) {
        WebElement field = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", field, Dates.format(date));
    }

    protected void click(By locator) {
        wait.until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    /** Clicks a button that submits a form, and waits until the next page has replaced this one. */
    protected void submit(By locator) {
        WebElement button = wait.until(ExpectedConditions.elementToBeClickable(locator));
        button.click();
        wait.until(ExpectedConditions.stalenessOf(button));
    }
}
