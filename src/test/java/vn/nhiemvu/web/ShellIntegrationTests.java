package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The shell through HTTP: the menu of each role (at most seven entries, every page it offers opens, the pages
 * it hides refuse), the one dashboard, error pages for people and problem details for programs, the urging
 * letter's preview, and names and dd/MM/yyyy dates in a task's history.
 */
@IntegrationTest
class ShellIntegrationTests {

    private static final Pattern TOP = Pattern.compile("<li class=\"nav-entry\">");
    private static final Pattern PREVIEWED = Pattern.compile("name=\"previewed\" value=\"([0-9a-f]+)\"");
    private static final Pattern LINK = Pattern.compile("<a href=\"(/[^\"]*)\"[^>]*>");

    @LocalServerPort
    int port;

    @Autowired
    Accounts accounts;

    @Test
    void eachRoleSeesAtMostSevenEntriesAndEveryPageItsMenuOffersOpens() {
        for (String account : List.of("vanphong", "cdsqg", "lanhdao", "phapche", "admin")) {
            var session = FormSession.signIn(port, account, true);
            String nav = nav(session.get("/dashboard").body());
            int top = count(TOP.matcher(nav)) + 1; // the account menu
            assertThat(top).as(account + ": entries across the top").isLessThanOrEqualTo(Navigation.MAX_TOP);
            for (String href : links(nav)) {
                if (href.equals("/swagger-ui.html")) {
                    continue;
                }
                var page = session.get(href);
                assertThat(page.statusCode()).as(account + " opens " + href).isEqualTo(200);
                assertThat(page.body()).as(account + " " + href).doesNotContain("error-page");
            }
        }
    }

    /** Vietnamese for everyone, whatever the browser asks for; "English" switches, and the choice holds (ADR 0033). */
    @Test
    void thePagesAreVietnameseUntilAPersonSwitchesToEnglish() {
        var office = FormSession.signIn(port, "vanphong", true);
        String vietnamese = office.get("/inbox").body();
        assertThat(vietnamese).contains("<html lang=\"vi\"", "Danh sách nhiệm vụ", "Văn phòng Bộ", "Đăng xuất",
                ">English</a>");
        String english = office.get("/inbox?lang=en").body();
        assertThat(english).contains("<html lang=\"en\"", "Task list", "Ministry Office", "Sign out", "Waiting for me",
                ">Tiếng Việt</a>").doesNotContain("Danh sách nhiệm vụ", "Đăng xuất");
        assertThat(office.get("/account").body()).contains("Change password", "Full name");
        assertThat(office.get("/account?lang=vi").body()).contains("Đổi mật khẩu", "<html lang=\"vi\"");
        assertThat(office.get("/account?lang=fr").body()).contains("<html lang=\"vi\"", "Đổi mật khẩu");
    }

    /** The status and why, from the evaluator's codes: Vietnamese by default, English when switched; the API's stay. */
    @Test
    void aTasksStatusAndWhyAreWordedInTheReadersLanguage() {
        var office = FormSession.signIn(port, "vanphong", true);
        Matcher task = Pattern.compile("href=\"/tasks/(\\d+)\"").matcher(office.get("/tasks").body());
        assertThat(task.find()).isTrue();
        String path = "/tasks/" + task.group(1);
        Pattern reason = Pattern.compile("<p id=\"status-reason\">([^<]*)</p>");
        Matcher vietnamese = reason.matcher(office.get(path).body());
        assertThat(vietnamese.find()).isTrue();
        String api = Api.as(port, "vanphong").get("/api/v1" + path).body();
        assertThat(api).contains("\"statusReason\":\"" + vietnamese.group(1) + "\"").doesNotContain("statusExplanation");
        Matcher english = reason.matcher(office.get(path + "?lang=en").body());
        assertThat(english.find()).isTrue();
        assertThat(english.group(1)).matches(".*(deadline|Completed|Due today).*").isNotEqualTo(vietnamese.group(1));
        assertThat(office.get("/tasks").body()).contains("Completed on time", "Overdue").doesNotContain("Quá hạn");
    }

    @Test
    void whatTheMenuHidesFromARoleTheRoleMayNotOpen() {
        var unit = FormSession.signIn(port, "cdsqg", true);
        List<String> offered = links(nav(unit.get("/dashboard").body()));
        for (String hidden : List.of("/admin", "/webhooks", "/extractions/new", "/tasks/new", "/tasks/import",
                "/monitoring/urging/preview")) {
            assertThat(offered).as("the unit's menu").doesNotContain(hidden);
        }
        assertThat(unit.get("/admin").statusCode()).isEqualTo(403);
        assertThat(unit.get("/monitoring/urging/preview").statusCode()).isEqualTo(403);
        assertThat(links(nav(FormSession.signIn(port, "phapche", true).get("/dashboard").body())))
                .startsWith("/inbox", "/dashboard", "/reviews");
        assertThat(links(nav(FormSession.signIn(port, "admin", true).get("/dashboard").body()))).contains("/admin");
    }

    @Test
    void theOverviewIsTheDashboardAndAPastDayIsCountedTaskByTask() {
        var office = FormSession.signIn(port, "vanphong");
        assertThat(office.get("/").headers().firstValue("Location").orElseThrow()).endsWith("/dashboard");
        assertThat(office.get("/overview?asOf=2020-10-01&policy=GOVERNMENT_OFFICE").headers().firstValue("Location")
                .orElseThrow()).endsWith("/dashboard?asOf=2020-10-01&policy=GOVERNMENT_OFFICE");

        String today = office.get("/dashboard").body();
        assertThat(today).contains("id=\"live\"", "id=\"chart-trend\"").doesNotContain("id=\"evaluated-note\"");
        String past = office.get("/dashboard?asOf=2020-10-01").body();
        assertThat(past).contains("id=\"evaluated-note\"", "01/10/2020").doesNotContain("id=\"live\"", "id=\"chart-trend\"");
        // The past day's totals are the task module's own evaluation of every task.
        int overdue = Api.as(port, "vanphong").all("/api/v1/tasks?status=OVERDUE&asOf=2020-10-01").size();
        String totals = past.substring(past.indexOf("\\\"totals\\\":{"));
        assertThat(totals.substring(0, totals.indexOf('}'))).contains("\\\"overdue\\\":" + overdue + ",");
    }

    @Test
    void aBrowserGetsAnErrorPageAndAProgramAProblem() throws Exception {
        var office = FormSession.signIn(port, "vanphong");
        var page = office.get("/khong-co-trang-nay");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(page.body()).contains("lang=\"vi\"", "Không tìm thấy", "Không có địa chỉ này", "Về Bảng điều hành",
                "id=\"site-nav\"").doesNotContain("\"status\":");

        var missing = office.get("/monitoring/urging/preview.pdf");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("error-page", "Thiếu tham số bắt buộc");
        assertThat(office.get("/tasks/999999").body()).contains("error-page", "Không tìm thấy");

        var api = Api.as(port, "vanphong").get("/api/v1/khong-co");
        assertThat(api.status()).isEqualTo(404);
        assertThat(api.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.json().get("title").asString()).isEqualTo("Không tìm thấy");

        // A page's own fetch that asks for JSON gets the problem too.
        var http = HttpClient.newHttpClient();
        var json = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/khong-co"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(json.headers().firstValue("Content-Type").orElse("")).doesNotStartWith("text/html");
    }

    @Test
    void anUrgingLetterIsIssuedOnlyAsPreviewed() {
        var office = FormSession.signIn(port, "vanphong");
        long unit = unitId("CDSQG");
        int before = letters();
        var preview = office.get("/monitoring/urging/preview?unitId=" + unit);
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("Phát hành và gửi 1 phiếu", "Kính gửi", "Cục Chuyển đổi số quốc gia",
                "/monitoring/urging/preview.pdf?unitId=" + unit);
        assertThat(letters()).as("a preview issues nothing").isEqualTo(before);
        var pdf = office.getBytes("/monitoring/urging/preview.pdf?unitId=" + unit);
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");

        Matcher fingerprint = PREVIEWED.matcher(preview.body());
        assertThat(fingerprint.find()).isTrue();
        var stale = office.submit("/monitoring/urging", preview.body(), Map.of("unitId", Long.toString(unit),
                "previewed", "0000"));
        assertThat(stale.headers().firstValue("Location").orElseThrow()).contains("/monitoring/urging/preview?unitId=" + unit);
        assertThat(letters()).as("a letter different from the preview is not issued").isEqualTo(before);

        var issued = office.submit("/monitoring/urging", preview.body(), Map.of("unitId", Long.toString(unit),
                "previewed", fingerprint.group(1)));
        assertThat(issued.headers().firstValue("Location").orElseThrow()).endsWith("/monitoring/urging");
        assertThat(letters()).isEqualTo(before + 1);
    }

    @Test
    void theHistoryNamesPeopleAndWritesDatesAsPeopleDo() {
        var api = Api.as(port, "vanphong");
        long id = api.post("/api/v1/tasks", Bodies.task("Kiểm tra lịch sử đọc được", "KHTC", "2027-01-15")).json()
                .get("id").asLong();
        String etag = api.get("/api/v1/tasks/" + id).header("ETag");
        assertThat(api.put("/api/v1/tasks/" + id, Bodies.task("Kiểm tra lịch sử đọc được", "KHTC", "2027-02-15"),
                Map.of("If-Match", etag)).status()).isEqualTo(200);

        String page = FormSession.signIn(port, "vanphong").get("/tasks/" + id).body();
        String history = page.substring(page.indexOf("class=\"history\""));
        assertThat(history).contains(accounts.nameOf("vanphong"), "Thời hạn: 15/01/2027 → 15/02/2027")
                .doesNotContain("2027-01-15", "> vanphong <");
    }

    private int letters() {
        return Api.as(port, "vanphong").get("/api/v1/urging-letters").json().get("items").size();
    }

    private long unitId(String code) {
        for (var unit : Api.as(port, "vanphong").all("/api/v1/units")) {
            if (code.equals(unit.path("code").asString())) {
                return unit.path("id").asLong();
            }
        }
        throw new IllegalStateException("no unit " + code);
    }

    private static String nav(String page) {
        int start = page.indexOf("<nav id=\"site-nav\"");
        return page.substring(start, page.indexOf("</nav>", start));
    }

    private static List<String> links(String nav) {
        var links = new ArrayList<String>();
        Matcher m = LINK.matcher(nav);
        while (m.find()) {
            links.add(m.group(1));
        }
        return links;
    }

    private static int count(Matcher m) {
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
