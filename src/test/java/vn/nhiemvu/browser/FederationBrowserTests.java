package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The federation pages in Chromium at 1280 px and on a 390 px phone: a task assigned to a peer that cannot be reached
 * shows in the four buckets with the peer's lag, and on the operations page as failing, with its last error.
 * Screenshots under {@code target/screenshots}.
 */
@IntegrationTest
class FederationBrowserTests extends BrowserTest {

    private long widthAt(String path, String shown) {
        browser.get(base + path);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id(shown)));
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth"))
                .longValue();
    }

    @Test
    void theOfficeSeesTheBucketsAndTheAdministratorTheFailingMessage() throws Exception {
        // A peer at an address where nothing listens, with this installation's own keys (any valid set will do).
        String keys = Api.anonymous(port).send("GET", "/.well-known/nhiemvu/keys", null,
                Map.of("Accept", "application/jwk-set+json")).body();
        var peer = Api.as(port, "admin").put("/api/v1/federation/peers/VPCPX", Map.of("name", "Văn phòng Chính phủ",
                "baseUrl", "http://127.0.0.1:9", "publicKeys", keys), Map.of());
        assertThat(peer.status()).as(peer.body()).isEqualTo(200);
        var created = Api.as(port, "vanphong").post("/api/v1/tasks",
                Bodies.task("Nhiệm vụ giao liên thông " + System.nanoTime(), "CDSQG",
                        LocalDate.now().plusDays(30).toString()));
        long task = created.json().get("id").asLong();
        assertThat(Api.as(port, "vanphong").post("/api/v1/federation/tasks/" + task + "/assignment",
                Map.of("peer", "VPCPX")).status()).isEqualTo(201);

        logIn("vanphong", "/federation");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("standing-VPCPX")));
        assertThat(browser.findElement(By.id("standing-VPCPX")).getText()).contains("Chưa nhận được thông điệp nào");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Đang thực hiện trong hạn",
                "Gửi đôn đốc");
        screenshot("federation-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(widthAt("/federation", "standings")).as("nothing wider than the phone").isLessThanOrEqualTo(390);
        screenshot("federation-390");
        // The account menu is in the header at desk width.
        browser.manage().window().setSize(new Dimension(1280, 900));
        logOut();

        logIn("admin", "/federation/operations");
        wait.until(d -> d.findElement(By.id("unsent")).getText().contains("Gửi lỗi") || refreshed());
        assertThat(browser.findElement(By.id("unsent")).getText()).contains("VPCPX", "task.assigned",
                "ConnectException");
        screenshot("federation-operations-1280");
        browser.manage().window().setSize(new Dimension(390, 844));
        assertThat(widthAt("/federation/operations", "unsent")).isLessThanOrEqualTo(390);
        screenshot("federation-operations-390");
    }

    /** Loads the page again (the sender tries every few seconds) and answers false, to keep waiting. */
    private boolean refreshed() {
        browser.navigate().refresh();
        return false;
    }
}
