package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/** The administrator's page in headless Chromium: reached from the header, a refused directory file explained. */
@IntegrationTest
class AdministrationBrowserTests extends BrowserTest {

    @Test
    void theAdministratorOpensThePageFromTheHeaderAndSeesWhyAFileIsRefused() throws Exception {
        logIn("admin", "/");
        // The administrator's own pages are in the menu under their name.
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".nav-account summary"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Quản trị"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("accounts")));
        assertThat(browser.findElement(By.id("units")).getText()).contains("Văn phòng Bộ");

        var file = profile.resolve("to-chuc.json");
        java.nio.file.Files.writeString(file, "{\"units\": [{\"code\": \"MOI\", \"name\": \"Vụ mới\", \"kind\": \"VU\"}]}");
        browser.findElement(By.cssSelector("#directory-form input[type=file]")).sendKeys(file.toString());
        browser.findElement(By.cssSelector("#directory-form button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("admin-errors")));
        assertThat(browser.findElement(By.id("admin-errors")).getText()).contains("units[0].kind", "Loại đơn vị phải là");
        screenshot("admin");
    }
}
