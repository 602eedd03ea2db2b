package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/** The header in Chromium: folded on a phone and opened by keyboard; drop-down menus on a desk. */
@IntegrationTest
class ShellBrowserTests extends BrowserTest {

    @Test
    void onAPhoneTheMenuFoldsBehindAButtonThatTheKeyboardOpens() throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        logIn("cdsqg", "/dashboard");
        WebElement nav = browser.findElement(By.id("site-nav"));
        WebElement toggle = browser.findElement(By.cssSelector(".menu-toggle"));
        assertThat(nav.isDisplayed()).as("folded at first").isFalse();
        assertThat(browser.findElement(By.cssSelector("header.top")).getSize().getHeight())
                .as("the header takes one line on a phone").isLessThan(70);
        screenshot("shell-phone-folded");

        // Keyboard only: Tab from the skip link and the brand to the Menu button, Enter opens it.
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("class")).contains("menu-toggle");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.visibilityOf(nav));
        assertThat(toggle.getDomAttribute("aria-expanded")).isEqualTo("true");

        // The next stops are the entries; a group opens with Enter and shows its pages.
        new Actions(browser).sendKeys(Keys.TAB).sendKeys(Keys.TAB).sendKeys(Keys.TAB).perform();
        WebElement group = browser.switchTo().activeElement();
        assertThat(group.getTagName()).isEqualTo("summary");
        assertThat(group.getText()).isEqualTo("Nhiệm vụ");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement tasks = browser.findElement(By.linkText("Danh sách nhiệm vụ"));
        wait.until(ExpectedConditions.visibilityOf(tasks));
        screenshot("shell-phone-open");
        tasks.click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("task-table")));
        assertThat(browser.findElement(By.id("site-nav")).isDisplayed()).as("folded again on the next page").isFalse();
    }

    @Test
    void onADeskTheGroupsDropDownOneAtATimeAndEscapeClosesThem() throws Exception {
        logIn("vanphong", "/dashboard");
        WebElement nav = browser.findElement(By.id("site-nav"));
        assertThat(nav.isDisplayed()).isTrue();
        assertThat(browser.findElements(By.cssSelector(".nav-top > li.nav-entry")).size() + 1).isLessThanOrEqualTo(7);
        assertThat(browser.findElement(By.cssSelector(".nav-top a[aria-current=page]")).getText()).isEqualTo("Bảng điều hành");

        WebElement tasks = browser.findElement(By.xpath("//summary[normalize-space()='Nhiệm vụ']"));
        WebElement follow = browser.findElement(By.xpath("//summary[normalize-space()='Theo dõi, báo cáo']"));
        WebElement read = browser.findElement(By.xpath("//a[normalize-space()='Đọc văn bản chỉ đạo']"));
        WebElement urging = browser.findElement(By.xpath("//a[normalize-space()='Phiếu đôn đốc']"));
        tasks.click();
        wait.until(ExpectedConditions.visibilityOf(read));
        follow.click();
        wait.until(ExpectedConditions.visibilityOf(urging));
        assertThat(read.isDisplayed()).as("one open at a time").isFalse();
        screenshot("shell-desk-menu");
        new Actions(browser).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOf(urging));
        assertThat(browser.switchTo().activeElement()).isEqualTo(follow);
    }
}
