package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Issue 5's journey in a real Chromium, each step by the person who does it: the unit drafts and
 * submits its plan, reports, asks for a new deadline before the cut-off and submits its dossier;
 * the leader approves the plan and the new deadline; the Legal Department returns the dossier,
 * the unit completes it, the review passes; the leader records the submission. The task ends
 * completed on time against the extended deadline, and its page shows every step.
 */
@IntegrationTest
class ChiThi75JourneyBrowserTests extends BrowserTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @Test
    void fromPlanToSubmission() throws Exception {
        long task = taskPastItsDeadlineUnderACutoffOfToday();
        String taskPage = base + "/tasks/" + task;

        // The unit drafts its plan and submits it.
        logIn("cdsqg", "/login");
        browser.get(taskPage + "/plan");
        fill(By.name("milestones[0].title"), "Hoàn thiện dự thảo Đề án");
        setDate(By.name("milestones[0].dueDate"), today.minusDays(10));
        submit(By.xpath("//details[@id='new-version']//button[normalize-space()='Lưu dự thảo']"));
        submit(By.xpath("//button[normalize-space()='Trình phê duyệt']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Đã trình Lãnh đạo Bộ phê duyệt"));

        // It reports progress with its obstacle.
        click(By.cssSelector("#new-report summary"));
        fill(By.name("percent"), "60");
        fill(By.name("done"), "Đã có dự thảo Đề án");
        fill(By.name("obstacles"), "Chưa đủ ý kiến góp ý của các bộ");
        submit(By.xpath("//button[normalize-space()='Gửi báo cáo']"));

        // Before the cut-off, it asks for a new deadline.
        browser.get(taskPage);
        click(By.xpath("//summary[normalize-space()='Xin ý kiến chỉ đạo hoặc đề nghị gia hạn']"));
        setDate(By.name("proposedDeadline"), today.plusDays(30));
        fill(By.name("obstacle"), "Chưa đủ ý kiến góp ý của các bộ");
        submit(By.xpath("//button[normalize-space()='Gửi Lãnh đạo Bộ']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guidance-requests"), "trước thời điểm chốt"));

        // It assembles the dossier and sends it for legal review.
        browser.get(taskPage + "/dossier");
        upload("du-thao.txt", "Dự thảo Đề án chuyển đổi số.", "DRAFT_DOCUMENT");
        upload("to-trinh.txt", "Tờ trình Đề án chuyển đổi số.", "EXPLANATORY_REPORT");
        submit(By.id("submit-for-review"));
        logOut();

        // The leader approves the plan and the new deadline.
        logIn("lanhdao", "/login");
        browser.get(taskPage + "/plan");
        submit(By.xpath("//button[normalize-space()='Phê duyệt']"));
        browser.get(taskPage);
        submit(By.xpath("//button[normalize-space()='Gửi ý kiến']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("guidance-requests"), "Đã phê duyệt"));
        logOut();

        // The Legal Department returns the dossier; the unit completes it; the review passes.
        logIn("phapche", "/login");
        browser.get(taskPage + "/dossier");
        fill(By.name("comments"), "Thiếu tổng hợp ý kiến góp ý.");
        submit(By.id("review-return"));
        logOut();
        logIn("cdsqg", "/login");
        browser.get(taskPage + "/dossier");
        upload("tong-hop-gop-y.txt", "Tổng hợp ý kiến góp ý của các bộ.", "OPINIONS");
        submit(By.id("submit-for-review"));
        logOut();
        logIn("phapche", "/login");
        browser.get(taskPage + "/dossier");
        submit(By.id("review-pass"));
        logOut();

        // The leader records the submission.
        logIn("lanhdao", "/login");
        browser.get(taskPage + "/dossier");
        fill(By.name("documentNumber"), "45/TTr-BTTTT");
        setDate(By.name("documentDate"), today);
        submit(By.xpath("//button[normalize-space()='Ghi nhận việc trình']"));

        browser.get(taskPage);
        String page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main"))).getText();
        screenshot("chi-thi-75-journey");
        assertThat(page).contains("Hoàn thành đúng hạn", "phê duyệt kế hoạch", "báo cáo tiến độ",
                "xin ý kiến chỉ đạo, đề nghị gia hạn", "hồ sơ bị trả lại để hoàn thiện",
                "hồ sơ được thông qua thẩm định", "ký trình hồ sơ");
        var json = Api.as(port, "vanphong").get("/api/v1/tasks/" + task).json();
        assertThat(json.get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(json.get("applicableDeadline").asString()).isEqualTo(today.plusDays(30).toString());
    }

    private long taskPastItsDeadlineUnderACutoffOfToday() {
        var office = Api.as(port, "vanphong");
        long directive = office.post("/api/v1/directives", Map.of("kind", "CHI_THI", "number", "98/CT-BTTTT",
                "issuer", Map.of("code", "BTTTT"), "issueDate", today.minusDays(60).toString(),
                "summary", "Đảm bảo tiến độ các Đề án (hành trình trên trình duyệt)", "extensionCutoff", today.toString()))
                .json().get("id").asLong();
        long cdsqg = office.get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals("CDSQG")).findFirst().orElseThrow().get("id").asLong();
        long leader = office.get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("supervisedUnitIds").valueStream().anyMatch(u -> u.asLong() == cdsqg))
                .findFirst().orElseThrow().get("id").asLong();
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Đề án chuyển đổi số (hành trình trên trình duyệt)");
        body.put("leadUnit", Map.of("code", "CDSQG"));
        body.put("supervisingLeader", Map.of("id", leader));
        body.put("directive", Map.of("id", directive));
        body.put("deadline", today.minusDays(5).toString());
        return office.post("/api/v1/tasks", body).json().get("id").asLong();
    }
}
