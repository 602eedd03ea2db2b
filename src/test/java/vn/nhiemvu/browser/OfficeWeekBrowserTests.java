package vn.nhiemvu.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.shared.Dates;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.BrowserTest;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Issue 14's week, every step through the pages by the person who does it, each finding their work in their inbox:
 * the Office records a directive and three tasks with their deadlines as the directive words them (date fields left
 * empty); the unit's plan is returned and then approved; its extension is decided on a date other than the one it
 * asked for; Vụ Pháp chế returns the dossier, the unit completes it, the review passes; the leader records the
 * submission and the task completes. The unit's report cannot be completed early with nothing on file; the Office
 * completes it saying why. Screenshots of each person's inbox and of the end, at 1280 and 390 px:
 * target/screenshots/week-*.png.
 */
@IntegrationTest
class OfficeWeekBrowserTests extends BrowserTest {

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
    private final String run = String.valueOf(System.nanoTime() % 100_000);

    @Test
    void anOfficeWeekFromTheDirectiveToTheSubmission() throws Exception {
        String scheme = "Đề án chia sẻ dữ liệu ngành (tuần " + run + ")";
        String report = "Báo cáo kết quả chia sẻ dữ liệu (tuần " + run + ")";
        String monthly = "Báo cáo tình hình chia sẻ dữ liệu hằng tháng (tuần " + run + ")";
        LocalDate schemeDue = today.plusDays(40);

        // Monday: the Office records the directive and its three tasks, each deadline as the directive words it.
        logIn("vanphong", "/directives/new");
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("kind")))).selectByValue("CHI_THI");
        fill(By.name("number"), run + "/CT-BTTTT");
        new Select(browser.findElement(By.name("issuer"))).selectByValue("BTTTT");
        setDate(By.name("issueDate"), today.minusDays(1));
        fill(By.name("summary"), "Về việc đẩy mạnh chia sẻ dữ liệu ngành (tuần " + run + ")");
        setDate(By.name("extensionCutoff"), today.plusDays(20));
        submit(By.id("save-directive"));
        String directive = browser.getCurrentUrl().replaceAll(".*/directives/(\\d+).*", "$1");
        long lanhdao = supervisorOf("CDSQG");

        JsonNode schemeTask = recordTask(directive, scheme, "SCHEME", "trước ngày " + Dates.format(schemeDue), lanhdao);
        assertThat(schemeTask.get("deadline").asString()).isEqualTo(schemeDue.toString());
        JsonNode reportTask = recordTask(directive, report, "REPORT",
                "trong 10 ngày làm việc kể từ ngày " + Dates.format(today), lanhdao);
        assertThat(reportTask.get("deadline").isNull()).as("10 working days read as a date").isFalse();
        JsonNode monthlyTask = recordTask(directive, monthly, "REPORT", "trước ngày 15 hằng tháng", lanhdao);
        assertThat(monthlyTask.get("deadline").isNull()).as("the next 15th read as a date").isFalse();
        String schemePage = base + "/tasks/" + schemeTask.get("id").asLong();
        logOut();

        // The unit finds the assignment in its inbox and drafts its plan.
        openFromInbox("cdsqg", "Thông báo: Được giao nhiệm vụ", "Được giao chủ trì: " + scheme, "week-inbox-unit-assigned");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(Dates.format(schemeDue));
        browser.get(schemePage + "/plan");
        fill(By.name("milestones[0].title"), "Dự thảo Đề án");
        setDate(By.name("milestones[0].dueDate"), today.plusDays(15));
        submit(By.xpath("//details[@id='new-version']//button[normalize-space()='Lưu dự thảo']"));
        submit(By.xpath("//button[normalize-space()='Trình phê duyệt']"));
        logOut();

        // The leader returns it with a comment.
        openFromInbox("lanhdao", "Phê duyệt kế hoạch thực hiện (phiên bản 1)", scheme, "week-inbox-leader-plan");
        click(By.xpath("//summary[normalize-space()='Trả lại kèm ý kiến']"));
        fill(By.name("comment"), "Bổ sung mốc lấy ý kiến các bộ, ngành.");
        submit(By.xpath("//button[normalize-space()='Trả lại']"));
        logOut();

        // The unit sees why, adds the milestone, submits again and asks for more time before the cut-off.
        openFromInbox("cdsqg", "Thông báo: Kế hoạch bị trả lại", "Kế hoạch bị trả lại: " + scheme, "week-inbox-unit-returned");
        assertThat(browser.findElement(By.id("plan-version-1")).getText()).contains("Bổ sung mốc lấy ý kiến các bộ, ngành.");
        fill(By.name("milestones[1].title"), "Lấy ý kiến các bộ, ngành");
        setDate(By.name("milestones[1].dueDate"), today.plusDays(25));
        submit(By.xpath("//form[@id='edit-form']//button[normalize-space()='Lưu dự thảo']"));
        submit(By.xpath("//button[normalize-space()='Trình phê duyệt']"));
        browser.get(schemePage);
        click(By.xpath("//summary[normalize-space()='Xin ý kiến chỉ đạo hoặc đề nghị gia hạn']"));
        fill(By.name("proposedDeadlineText"), "trước ngày " + Dates.format(today.plusDays(60)));
        wait.until(ExpectedConditions.attributeToBe(By.name("proposedDeadline"), "value", Dates.format(today.plusDays(60))));
        fill(By.name("obstacle"), "Các bộ, ngành cần thêm thời gian góp ý.");
        submit(By.xpath("//button[normalize-space()='Gửi Lãnh đạo Bộ']"));
        logOut();

        // The leader approves the plan, and the new deadline on a date of their own.
        openFromInbox("lanhdao", "Phê duyệt kế hoạch thực hiện (phiên bản 1)", scheme, "week-inbox-leader-again");
        submit(By.xpath("//button[normalize-space()='Phê duyệt']"));
        openFromInbox(null, "Cho ý kiến về đề nghị gia hạn", scheme, null);
        setDate(By.name("approvedDeadline"), today.plusDays(50));
        fill(By.name("answer"), "Đồng ý gia hạn, không quá 50 ngày.");
        submit(By.xpath("//button[normalize-space()='Gửi ý kiến']"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("guidance-requests"))).getText())
                .contains("Thời hạn đề xuất: " + Dates.format(today.plusDays(60)),
                        "thời hạn mới " + Dates.format(today.plusDays(50)));
        logOut();

        // The unit learns both, and sends its dossier for legal review.
        openFromInbox("cdsqg", "Thông báo: Kế hoạch được phê duyệt", "Kế hoạch được phê duyệt: " + scheme, "week-inbox-unit-approved");
        browser.get(base + "/inbox");
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-table"))).getText())
                .contains("Gia hạn được phê duyệt: " + scheme).doesNotContain("Kế hoạch được phê duyệt: " + scheme);
        browser.get(schemePage + "/dossier");
        upload("du-thao.txt", "Dự thảo Đề án chia sẻ dữ liệu ngành.", "DRAFT_DOCUMENT");
        upload("to-trinh.txt", "Tờ trình Đề án chia sẻ dữ liệu ngành.", "EXPLANATORY_REPORT");
        // An Đề án's dossier needs the opinions gathered too: refused, saying what is missing.
        submit(By.id("submit-for-review"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Hồ sơ còn thiếu: Ý kiến góp ý.");
        both("week-dossier-incomplete");
        upload("gop-y.txt", "Ý kiến góp ý của các bộ, ngành.", "OPINIONS");
        submit(By.id("submit-for-review"));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Chờ Vụ Pháp chế thẩm định");
        logOut();

        // Vụ Pháp chế returns it; the unit completes it; the review passes.
        openFromInbox("phapche", "Thẩm định hồ sơ", scheme, "week-inbox-legal");
        fill(By.name("comments"), "Tờ trình chưa nêu nguồn kinh phí.");
        submit(By.id("review-return"));
        logOut();
        openFromInbox("cdsqg", "Thông báo: Hồ sơ bị trả lại", "Hồ sơ bị trả lại: " + scheme, "week-inbox-unit-dossier-returned");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Tờ trình chưa nêu nguồn kinh phí.");
        upload("to-trinh-sua.txt", "Tờ trình Đề án, bổ sung nguồn kinh phí.", "EXPLANATORY_REPORT");
        submit(By.id("submit-for-review"));
        logOut();
        openFromInbox("phapche", "Thẩm định hồ sơ", scheme, null);
        submit(By.id("review-pass"));
        logOut();

        // Friday: the leader records the submission; the task is completed on time against the new deadline.
        openFromInbox("lanhdao", "Ký trình hồ sơ đã thông qua thẩm định", scheme, "week-inbox-leader-passed");
        fill(By.name("documentNumber"), run + "/TTr-BTTTT");
        setDate(By.name("documentDate"), today);
        submit(By.xpath("//button[normalize-space()='Ghi nhận việc trình']"));
        browser.get(schemePage);
        String page = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main"))).getText();
        assertThat(page).contains("Hoàn thành đúng hạn", Dates.format(today.plusDays(50)));
        assertThat(browser.findElement(By.id("deadline-changes")).getText())
                .contains(Dates.format(today.plusDays(60)), Dates.format(today.plusDays(50)));
        both("week-scheme-completed");
        JsonNode done = Api.as(port, "vanphong").get("/api/v1/tasks/" + schemeTask.get("id").asLong()).json();
        assertThat(done.get("status").asString()).isEqualTo("COMPLETED_ON_TIME");
        assertThat(done.get("applicableDeadline").asString()).isEqualTo(today.plusDays(50).toString());
        logOut();

        // The unit cannot complete its report with nothing on file; the Office can, saying why.
        String reportPage = "/tasks/" + reportTask.get("id").asLong();
        logIn("cdsqg", reportPage);
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion-refusal"))).getText())
                .contains("Chưa thể ghi nhận hoàn thành.", "Còn thiếu: có tệp kết quả");
        assertThat(browser.findElements(By.id("completion-form"))).isEmpty();
        both("week-report-refused");
        logOut();
        logIn("vanphong", reportPage);
        WebElement form = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion-form")));
        form.findElement(By.name("reason")).sendKeys("Báo cáo đã gửi bằng văn bản giấy số " + run + "/BC-CĐSQG.");
        submit(By.xpath("//button[normalize-space()='Ghi nhận hoàn thành theo quyết định của Văn phòng']"));
        assertThat(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("completion-override"))).getText())
                .contains("Hoàn thành theo quyết định của Văn phòng:", run + "/BC-CĐSQG");
        both("week-report-override");
    }

    /** The task form with the date left empty: the wording alone sets the deadline, read back through the API. */
    private JsonNode recordTask(String directive, String title, String kind, String wording, long leader) {
        browser.get(base + "/tasks/new");
        fill(By.id("title"), title);
        new Select(browser.findElement(By.name("kind"))).selectByValue(kind);
        new Select(browser.findElement(By.id("leadUnit"))).selectByValue("CDSQG");
        new Select(browser.findElement(By.name("supervisingLeader"))).selectByValue(String.valueOf(leader));
        new Select(browser.findElement(By.id("directive"))).selectByValue(directive);
        browser.findElement(By.id("deadlineText")).sendKeys(wording);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("deadline-reading"), "→"));
        submit(By.id("save-task"));
        String shown = wait.until(ExpectedConditions.visibilityOfElementLocated(By.tagName("main"))).getText();
        assertThat(shown).contains(title, "theo văn bản: “" + wording + "”").doesNotContain("Không có thời hạn");
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/tasks/(\\d+).*", "$1"));
        return Api.as(port, "vanphong").get("/api/v1/tasks/" + id).json();
    }

    /** The leader who supervises the unit: in the demo data, the one who signs in as lanhdao. */
    private long supervisorOf(String unitCode) {
        var office = Api.as(port, "vanphong");
        long unit = office.get("/api/v1/units").json().get("items").valueStream()
                .filter(u -> u.get("code").asString().equals(unitCode)).findFirst().orElseThrow().get("id").asLong();
        return office.get("/api/v1/leaders").json().get("items").valueStream()
                .filter(l -> l.get("supervisedUnitIds").valueStream().anyMatch(u -> u.asLong() == unit))
                .findFirst().orElseThrow().get("id").asLong();
    }

    /**
     * Signs in (unless {@code username} is null: already signed in), finds the line of the inbox that says what to
     * do and opens the step it leads to; with a name, the inbox is photographed first at both widths.
     */
    private void openFromInbox(String username, String what, String link, String shot) throws Exception {
        if (username == null) {
            browser.get(base + "/inbox");
        } else {
            logIn(username, "/inbox");
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("inbox-table")));
        if (shot != null) {
            both(shot);
        }
        WebElement anchor = browser.findElement(By.xpath("//table[@id='inbox-table']//tr[td[1][normalize-space()='" + what
                + "']]//a[normalize-space()='" + link + "']"));
        anchor.click();
        wait.until(ExpectedConditions.stalenessOf(anchor));
    }

    private void both(String name) throws Exception {
        browser.manage().window().setSize(new Dimension(390, 844));
        screenshot(name + "-390");
        browser.manage().window().setSize(new Dimension(1280, 1000));
        screenshot(name + "-1280");
    }
}
