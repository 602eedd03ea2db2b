package vn.nhiemvu.round;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.nhiemvu.round.RoundRequests.column;
import static vn.nhiemvu.round.RoundRequests.round;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Invitations and decisions in the browser, at 1280 and 390 px (ADR 0045): CĐSQG issues a link for the Ministry of
 * Justice; the person follows it signed out, sets a password (a mismatch refused) and signs in to the round; their
 * answer is returned with a reason, which they read on the round and in their notices; the used link is refused.
 * Screenshots under target/screenshots/round-invite-*.
 */
@IntegrationTest
class RoundInvitationBrowserTests extends BrowserTest {

    private static final String TITLE = "Trình duyệt: lời mời đầu mối";
    private static final String PASSWORD = "Dau-moi-Trinh-duyet-2026!";

    private void wide() {
        browser.manage().window().setSize(new Dimension(1280, 1000));
    }

    /** The page again at phone width, then back. */
    private void narrow(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        screenshot(name);
        wide();
    }

    private void signIn(String username, String password) {
        fill(By.id("username"), username);
        fill(By.id("password"), password);
        submit(By.id("login-submit"));
    }

    @Test
    void inviteAcceptReturnAndRead() throws IOException {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        long id = Api.as(port, "cdsqg").post("/api/v1/rounds", round(TITLE, today, "trong 10 ngày làm việc", false,
                List.of(column("task", "Nhiệm vụ đề xuất", "LONG_TEXT", true)), "BTP", "BYT")).json().get("id")
                .asLong();
        wide();

        logIn("cdsqg", "/rounds/" + id);
        new Select(browser.findElement(By.id("invitation-agency"))).selectByValue("BTP");
        submit(By.id("issue-invitation"));
        String link = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("invitation-link")))
                .getAttribute("value");
        assertThat(link).startsWith(base + "/invitations/");
        assertThat(browser.findElement(By.id("invitation-list")).getText()).contains("Bộ Tư pháp", "Chưa dùng");
        screenshot("round-invite-1-issued");
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot("round-invite-2-issued-390");
        wide();
        logOut();

        browser.get(link);
        assertThat(browser.findElement(By.id("invitation-intro")).getText()).contains("Bộ Tư pháp", TITLE);
        fill(By.id("username"), "btp-trinh-duyet");
        fill(By.id("displayName"), "Cục Công nghệ thông tin, Bộ Tư pháp");
        fill(By.id("password"), PASSWORD);
        fill(By.id("passwordAgain"), PASSWORD + "x");
        submit(By.id("invitation-submit"));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("không khớp");
        screenshot("round-invite-3-refused");
        narrow("round-invite-4-form-390");
        fill(By.id("password"), PASSWORD);
        fill(By.id("passwordAgain"), PASSWORD);
        submit(By.id("invitation-submit"));
        assertThat(browser.findElement(By.id("login-invited")).getText()).contains("Đã tạo tài khoản đầu mối");
        signIn("btp-trinh-duyet", PASSWORD);
        assertThat(browser.getCurrentUrl()).endsWith("/rounds");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(TITLE);
        logOut();

        Api.withBasic(port, "btp-trinh-duyet", PASSWORD).post("/api/v1/rounds/" + id + "/answer/submissions",
                Map.of("noProposal", false, "tables", List.of(List.of(Map.of("task", "Số hóa hồ sơ lý lịch tư pháp")))));
        logIn("cdsqg", "/rounds/" + id);
        new Select(browser.findElement(By.cssSelector("#review-BTP select[name=decision]"))).selectByValue("RETURNED");
        fill(By.cssSelector("#review-BTP textarea[name=reason]"), "Ghi rõ sản phẩm và thời gian hoàn thành.");
        submit(By.cssSelector("#review-BTP button[type=submit]"));
        assertThat(browser.findElement(By.id("reviewed-flash")).getText()).contains("Trả lại để sửa");
        assertThat(browser.findElement(By.id("review-list")).getText()).contains("Ghi rõ sản phẩm");
        assertThat(browser.findElement(By.id("invitation-list")).getText()).contains("Đã dùng", "btp-trinh-duyet");
        screenshot("round-invite-5-reviews");
        narrow("round-invite-6-reviews-390");
        logOut();

        signInAt("/rounds/" + id);
        assertThat(browser.findElement(By.id("current-review")).getText()).contains("Trả lại để sửa",
                "Ghi rõ sản phẩm và thời gian hoàn thành.", "nộp lại");
        assertThat(browser.findElement(By.id("submissions")).getText()).contains("Trả lại để sửa");
        screenshot("round-invite-7-returned");
        narrow("round-invite-8-returned-390");
        browser.get(base + "/notifications");
        // Their account was made after the round opened, so its opening's notice is not theirs; the decision is.
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Trả lại để sửa: " + TITLE,
                "Lý do: Ghi rõ sản phẩm", "Ý kiến của đơn vị tổ chức về đề xuất").doesNotContain("Được giao nhiệm vụ");
        screenshot("round-invite-9-notices");
        narrow("round-invite-10-notices-390");
        logOut();

        browser.get(link);
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText()).contains("đã được dùng");
        assertThat(browser.findElements(By.id("invitation-form"))).isEmpty();
        screenshot("round-invite-11-used");
    }

    private void signInAt(String path) {
        browser.get(base + path);
        signIn("btp-trinh-duyet", PASSWORD);
    }
}
