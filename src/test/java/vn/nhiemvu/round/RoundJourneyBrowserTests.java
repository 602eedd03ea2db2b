package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * A round in the browser, at 1280 and 390 px: CĐSQG opens it on the page with a choice column, the Bộ Y tế focal
 * person fills two rows (one bad cell refused and named, then fixed) and submits, the organiser reads the aggregation;
 * the focal person finds no task page. Screenshots under target/screenshots/round-*.
 */
@IntegrationTest
class RoundJourneyBrowserTests extends BrowserTest {

    private static final String TITLE = "Trình duyệt: đề xuất nhiệm vụ chuyển đổi số";

    @Test
    void openAnswerAndAggregate() throws IOException {
        logIn("cdsqg", "/rounds");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Quyết định số 1690/QĐ-TTg");
        screenshot("round-1-list");
        click(By.id("new-round"));
        fill(By.id("title"), TITLE);
        fill(By.id("deadlineText"), "trong 10 ngày làm việc");
        click(By.cssSelector("input[name=addressees][value='BYT']"));
        click(By.cssSelector("input[name=addressees][value='UBND-HN']"));
        fill(By.id("columns5.key"), "group");
        fill(By.id("columns5.label"), "Nhóm nhiệm vụ");
        new Select(browser.findElement(By.id("columns5.type"))).selectByValue("CHOICE");
        fill(By.id("columns5.choices"), "Kiện toàn tổ chức bộ máy\nNâng cao năng lực");
        screenshot("round-2-new");
        submit(By.xpath("//form[@id='round-form']//button[@type='submit']"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("respondent-form")));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(TITLE, "2 cơ quan được hỏi");
        String round = browser.getCurrentUrl();
        screenshot("round-3-detail");
        logOut();

        logIn("byt", "/");
        assertThat(browser.getCurrentUrl()).endsWith("/rounds");
        screenshot("round-4-mine");
        browser.get(round);
        fillRow(0, "Chuẩn hóa đơn vị chuyên trách CNTT của Bộ Y tế", "BYT", "Quý II/2027", "Quyết định kiện toàn",
                "Kiện toàn tổ chức bộ máy");
        submit(By.id("add-row-0"));
        fillRow(1, "Bồi dưỡng kỹ năng số cho công chức", "Bộ Y tế", "sớm nhất có thể", "Khóa bồi dưỡng",
                "Nâng cao năng lực");
        submit(By.id("submit-answer"));
        WebElement errors = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".error-summary")));
        assertThat(errors.getText()).contains("dòng 2", "Thời gian thực hiện", "sớm nhất có thể");
        screenshot("round-5-answer-refused");
        fill(By.name("c.0.1.time"), "Quý IV/2027");
        submit(By.id("submit-answer"));
        WebElement receipt = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("receipt-flash")));
        assertThat(receipt.getText()).contains("-BYT-1");
        assertThat(browser.findElement(By.id("submissions")).getText()).contains("2 dòng đề xuất");
        screenshot("round-6-answer-received");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        screenshot("round-7-answer-390");
        browser.get(base + "/tasks");
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain("Danh sách nhiệm vụ");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        browser.get(base + "/rounds");
        logOut();

        logIn("cdsqg", round.replace(base, "") + "/aggregation");
        assertThat(browser.findElement(By.id("proposals-0")).getText()).contains("Bộ Y tế",
                "Bồi dưỡng kỹ năng số cho công chức");
        assertThat(browser.findElement(By.id("agency-states")).getText()).contains("Chưa trả lời");
        screenshot("round-8-aggregation");
        new Select(browser.findElement(By.name("column.group"))).selectByValue("Nâng cao năng lực");
        submit(By.xpath("//form[@id='aggregation-filters']//button[@type='submit']"));
        assertThat(browser.findElement(By.id("proposals-0")).getText()).doesNotContain("Chuẩn hóa đơn vị");
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        screenshot("round-9-aggregation-390");
    }

    private void fillRow(int row, String task, String lead, String time, String product, String group) {
        fill(By.name("c.0." + row + ".task"), task);
        fill(By.name("c.0." + row + ".lead"), lead);
        fill(By.name("c.0." + row + ".time"), time);
        fill(By.name("c.0." + row + ".product"), product);
        new Select(browser.findElement(By.name("c.0." + row + ".group"))).selectByValue(group);
    }
}
