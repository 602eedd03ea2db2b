package vn.nhiemvu.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.Bodies;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;
import vn.nhiemvu.support.TypedForm;

/**
 * Every form of the pages, submitted with one bad field (a date that is no date, or a value a rule
 * refuses): the page comes back with every other value as typed, every milestone row included, and
 * the reason beside the bad field (issue 14, item 4). Passwords and secrets are the exception: they
 * are never written back into a page.
 */
@IntegrationTest
class FormsKeepWhatWasTypedIntegrationTests {

    private static final String IMPOSSIBLE = "31/02/2027";

    @LocalServerPort
    int port;

    private static Map<String, String> form(String... pairs) {
        var form = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private static Map<String, String> with(Map<String, String> typed, String name, String value) {
        var all = new LinkedHashMap<>(typed);
        all.put(name, value);
        return all;
    }

    private long task(String title, String deadline) {
        var body = new LinkedHashMap<String, Object>(Bodies.task(title + " " + System.nanoTime(), "CDSQG", deadline));
        var created = Api.as(port, "vanphong").post("/api/v1/tasks", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    @Test
    void theTaskFormAndTheDirectiveForm() {
        var office = FormSession.signIn(port, "vanphong");
        var typed = form("kind", "SCHEME", "title", "Xây dựng Đề án dữ liệu số", "leadUnit", "CDSQG",
                "coordinatingUnits", "VP", "deadlineText", "trước ngày 31 tháng 2 năm 2027", "product", "Đề án",
                "description", "Nội dung\nhai dòng");
        var answer = office.submit("/tasks", office.get("/tasks/new").body(), with(typed, "deadline", IMPOSSIBLE));
        assertThat(answer.statusCode()).isEqualTo(200);
        TypedForm.in(answer.body(), "#task-form").keeps(typed).keeps(Map.of("deadline", IMPOSSIBLE))
                .saysBeside("deadline", "Không có ngày 31/02/2027");

        // A conflict of the domain (someone else saved first) keeps the edit too.
        long id = task("Sửa khi người khác đã sửa", "2027-06-30");
        var edit = office.get("/tasks/" + id + "/edit").body();
        var stale = with(with(typed, "version", "99"), "deadline", "30/06/2027");
        var refused = office.submit("/tasks/" + id, edit, stale);
        TypedForm.in(refused.body(), "#task-form").keeps(with(typed, "deadline", "30/06/2027"))
                .saysAbove("người khác sửa");

        var directive = form("kind", "CHI_THI", "number", "99/CT-BTTTT", "issuer", "BTTTT", "signer", "Bộ trưởng",
                "summary", "Về tăng cường chuyển đổi số", "extensionCutoff", "10/11/2026", "fullText", "Toàn văn");
        var page = office.submit("/directives", office.get("/directives/new").body(),
                with(directive, "issueDate", "32/01/2026"));
        TypedForm.in(page.body(), "#directive-form").keeps(directive).keeps(Map.of("issueDate", "32/01/2026"))
                .saysBeside("issueDate", "Không có ngày 32/01/2026");
    }

    @Test
    void pagesTakeDatesDayFirstAndTheApiIsoOnly() {
        var office = FormSession.signIn(port, "vanphong");
        var overview = office.get("/dashboard?asOf=15/01/2027");
        assertThat(overview.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(overview.body()).selectFirst("input[name=asOf]").val()).isEqualTo("15/01/2027");
        assertThat(office.get("/dashboard?asOf=2027-01-15").body()).contains("value=\"15/01/2027\"");
        var api = Api.as(port, "vanphong");
        assertThat(api.get("/api/v1/tasks?limit=1&asOf=2027-01-15").status()).isEqualTo(200);
        assertThat(api.get("/api/v1/tasks?limit=1&asOf=15/01/2027").status()).isEqualTo(400);
    }

    @Test
    void theExtractionReviewKeepsEveryRowAndRefusesAWordedDeadlineWithoutItsDate() {
        var office = FormSession.signIn(port, "vanphong");
        var start = office.get("/extractions/new").body();
        var review = office.submit("/extractions/review", start, form("text", """
                BỘ THÔNG TIN VÀ TRUYỀN THÔNG
                Số: 98/CT-BTTTT
                Hà Nội, ngày 01 tháng 12 năm 2026
                CHỈ THỊ
                Về tăng cường quản lý nhiệm vụ
                1. Cục Chuyển đổi số quốc gia chủ trì xây dựng kế hoạch chuyển đổi số, hoàn thành trước ngày 15/01/2027.
                2. Văn phòng Bộ chủ trì tổng hợp báo cáo, hoàn thành trong quý I năm 2027.
                BỘ TRƯỞNG
                """));
        assertThat(review.statusCode()).isEqualTo(200);
        var fields = new LinkedHashMap<String, String>();
        var reviewForm = Jsoup.parse(review.body()).selectFirst("#review-form");
        assertThat(reviewForm).isNotNull();
        for (var field : reviewForm.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if ((type.equals("checkbox") || type.equals("radio")) && !field.hasAttr("checked")) {
                continue;
            }
            if (field.tagName().equals("select")) {
                var chosen = field.select("option[selected]");
                if (!chosen.isEmpty()) {
                    fields.put(field.attr("name"), chosen.first().attr("value"));
                }
                continue;
            }
            fields.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
        }
        fields.put("tasks[0].product", "Kế hoạch gõ thêm");
        fields.put("tasks[1].product", "Báo cáo gõ thêm");
        fields.put("signer", "Nguyễn Văn A");
        fields.put("tasks[0].deadline", "");
        assertThat(fields.get("tasks[0].deadlineText")).contains("15/01/2027");
        var refused = office.submit("/extractions/confirmation", review.body(), fields);
        assertThat(refused.statusCode()).isEqualTo(200);
        TypedForm.in(refused.body(), "#review-form")
                .keeps(Map.of("tasks[0].product", "Kế hoạch gõ thêm", "tasks[1].product", "Báo cáo gõ thêm",
                        "signer", "Nguyễn Văn A", "tasks[0].deadlineText", fields.get("tasks[0].deadlineText"),
                        "tasks[1].deadline", fields.get("tasks[1].deadline"), "number", fields.get("number")))
                .saysBeside("tasks[0].deadline", "Nhiệm vụ 1", "15/01/2027", "ô ngày còn trống");
    }

    @Test
    void thePlanKeepsEveryMilestoneRowAndTheProgressReportItsText() {
        long id = task("Kế hoạch giữ các mốc", "2027-12-31");
        String path = "/tasks/" + id + "/plan";
        var unit = FormSession.signIn(port, "cdsqg");
        var rows = form("milestones[0].title", "Xây dựng đề cương", "milestones[0].dueDate", "31/03/2027",
                "milestones[0].expectedProduct", "Đề cương", "milestones[1].title", "Lấy ý kiến",
                "milestones[1].dueText", "cuối tháng 2 năm 2027", "milestones[1].expectedProduct", "Văn bản góp ý",
                "milestones[2].title", "Hoàn thiện", "milestones[2].dueDate", "30/11/2027",
                "milestones[2].expectedProduct", "Dự thảo cuối");
        var bad = unit.submit(path + "/versions", unit.get(path).body(), with(rows, "milestones[1].dueDate", IMPOSSIBLE));
        assertThat(bad.statusCode()).isEqualTo(200);
        TypedForm.in(bad.body(), "#new-form").keeps(rows).keeps(Map.of("milestones[1].dueDate", IMPOSSIBLE))
                .saysBeside("milestones[1].dueDate", "Không có ngày 31/02/2027");

        // A wording that names a date with the date left empty is refused beside its row.
        var worded = unit.submit(path + "/versions", unit.get(path).body(), with(rows, "milestones[1].dueDate", ""));
        TypedForm.in(worded.body(), "#new-form").keeps(rows).saysBeside("milestones[1].dueDate", "28/02/2027");

        // The plan's own rule, with an empty row between: the message stands beside the row it is about.
        var late = form("milestones[0].title", "Đầu", "milestones[0].dueDate", "31/03/2027",
                "milestones[2].title", "Quá thời hạn nhiệm vụ", "milestones[2].dueDate", "15/01/2028",
                "milestones[2].expectedProduct", "Sản phẩm");
        var refused = unit.submit(path + "/versions", unit.get(path).body(), late);
        TypedForm.in(refused.body(), "#new-form").keeps(late)
                .saysBeside("milestones[2].dueDate", "15/01/2028", "sau thời hạn của nhiệm vụ");

        var report = form("done", "Đã xây dựng đề cương", "obstacles", "Chậm góp ý", "nextSteps", "Hoàn thiện dự thảo");
        var noPercent = unit.submit("/tasks/" + id + "/progress-reports", unit.get(path).body(),
                with(report, "percent", "nhiều"));
        TypedForm.in(noPercent.body(), "#new-report form").keeps(report).keeps(Map.of("percent", "nhiều"))
                .saysBeside("percent", "số nguyên");
    }

    @Test
    void theTaskPageFormsKeepWhatWasTyped() {
        long id = task("Trang nhiệm vụ giữ dữ liệu", "2027-06-30");
        var unit = FormSession.signIn(port, "cdsqg");
        var page = unit.get("/tasks/" + id).body();

        var request = form("kind", "EXTENSION", "obstacle", "Chờ ý kiến các bộ", "proposedSolution", "Lùi một quý",
                "proposedDeadlineText", "cuối quý III/2027");
        var badDate = unit.submit("/tasks/" + id + "/guidance-requests", page, with(request, "proposedDeadline", "30/02/2027"));
        TypedForm.in(badDate.body(), "#guidance-form").keeps(request).keeps(Map.of("proposedDeadline", "30/02/2027"))
                .saysBeside("proposedDeadline", "Không có ngày 30/02/2027");
        var worded = unit.submit("/tasks/" + id + "/guidance-requests", page, with(request, "proposedDeadline", ""));
        TypedForm.in(worded.body(), "#guidance-form").keeps(request).saysBeside("proposedDeadline", "30/09/2027");

        // The unit has no result file yet, so only the Office is offered the completion form (issue 14's path rules).
        var office = FormSession.signIn(port, "vanphong");
        var completion = office.submit("/tasks/" + id + "/completion", office.get("/tasks/" + id).body(),
                form("completedAt", IMPOSSIBLE));
        TypedForm.in(completion.body(), "#completion-form").keeps(Map.of("completedAt", IMPOSSIBLE))
                .saysBeside("completedAt", "Không có ngày 31/02/2027");

        var change = form("requestedOn", "01/06/2026", "requestRef", "12/CĐSQG-KH", "proposedDeadline", "30/09/2027",
                "decision", "APPROVED", "decidedBy", "Thứ trưởng", "reason", "Chờ Nghị định");
        var badChange = office.submit("/tasks/" + id + "/deadline-changes", office.get("/tasks/" + id).body(),
                with(change, "decidedOn", "01/05/2026"));
        TypedForm.in(badChange.body(), "#change-form").keeps(change).keeps(Map.of("decidedOn", "01/05/2026"))
                .saysBeside("decidedOn", "không được trước ngày đề nghị");
    }

    /** A CDSQG task under the leader who supervises CDSQG. */
    private long supervisedTask(String title, String deadline) {
        var office = Api.as(port, "vanphong");
        long cdsqg = 0;
        for (var u : office.get("/api/v1/units").json().get("items")) {
            if (u.get("code").asString().equals("CDSQG")) {
                cdsqg = u.get("id").asLong();
            }
        }
        long leader = 0;
        for (var l : office.get("/api/v1/leaders").json().get("items")) {
            for (var supervised : l.get("supervisedUnitIds")) {
                if (supervised.asLong() == cdsqg) {
                    leader = l.get("id").asLong();
                }
            }
        }
        var body = new LinkedHashMap<String, Object>(Bodies.task(title + " " + System.nanoTime(), "CDSQG", deadline));
        body.put("supervisingLeader", Map.of("id", leader));
        return office.post("/api/v1/tasks", body).json().get("id").asLong();
    }

    @Test
    void theLeadersReturnAndTheMilestoneCompletionKeepWhatWasTyped() {
        long id = supervisedTask("Trả lại kế hoạch giữ ý kiến", "2027-12-31");
        String base = "/api/v1/tasks/" + id + "/plan";
        var unitApi = Api.as(port, "cdsqg");
        unitApi.post(base + "/versions", Map.of("milestones", java.util.List.of(Map.of("title", "Mốc 1",
                "dueDate", "2026-11-30"))));
        unitApi.post(base + "/versions/1/submission", null);
        String path = "/tasks/" + id + "/plan";
        var lanhdao = FormSession.signIn(port, "lanhdao");
        String longComment = "Bổ sung mốc lấy ý kiến các bộ, ngành. ".repeat(60);
        var returned = lanhdao.submit(path + "/versions/1/return", lanhdao.get(path).body(),
                form("version", "", "comment", longComment));
        TypedForm.in(returned.body(), "form[action$=\"/versions/1/return\"]").keeps(Map.of("comment", longComment))
                .saysBeside("comment", "2000");

        assertThat(Api.as(port, "lanhdao").post(base + "/versions/1/approval", null).status()).isEqualTo(200);
        long milestone = unitApi.get(base).json().get("current").get("milestones").get(0).get("id").asLong();
        var unit = FormSession.signIn(port, "cdsqg");
        var done = unit.submit(path + "/milestones/" + milestone + "/completion", unit.get(path).body(),
                form("completedOn", IMPOSSIBLE));
        TypedForm.in(done.body(), "form[action$=\"/milestones/" + milestone + "/completion\"]")
                .keeps(Map.of("completedOn", IMPOSSIBLE)).saysBeside("completedOn", "Không có ngày 31/02/2027");
    }

    @Test
    void theLeadersDecisionKeepsTheAnswer() {
        long id = supervisedTask("Quyết định giữ ý kiến", "2027-06-30");
        var asked = Api.as(port, "cdsqg").post("/api/v1/tasks/" + id + "/guidance-requests",
                Map.of("kind", "EXTENSION", "obstacle", "Chờ ý kiến", "proposedDeadline", "2027-09-30"));
        assertThat(asked.status()).as(asked.toString()).isEqualTo(201);
        long requestId = asked.json().get("id").asLong();

        var lanhdao = FormSession.signIn(port, "lanhdao");
        var refused = lanhdao.submit("/tasks/" + id + "/guidance-requests/" + requestId + "/decision",
                lanhdao.get("/tasks/" + id).body(), form("decision", "APPROVE", "approvedDeadline", IMPOSSIBLE,
                        "answer", "Đồng ý lùi đến cuối quý III"));
        var decision = Jsoup.parse(refused.body()).selectFirst("form[action$=\"/" + requestId + "/decision\"]");
        assertThat(decision).isNotNull();
        assertThat(decision.selectFirst("textarea[name=answer]").wholeText()).isEqualTo("Đồng ý lùi đến cuối quý III");
        assertThat(decision.selectFirst("input[name=approvedDeadline]").val()).isEqualTo(IMPOSSIBLE);
        assertThat(decision.selectFirst("option[selected]").val()).isEqualTo("APPROVE");
        assertThat(decision.text()).contains("Không có ngày 31/02/2027");
    }

    @Test
    void theDossierSubmissionKeepsTheDocumentNumber() {
        long id = task("Hồ sơ giữ số văn bản", "2027-06-30");
        var unit = FormSession.signIn(port, "cdsqg");
        String path = "/tasks/" + id + "/dossier";
        var page = unit.get(path).body();
        unit.upload(path + "/files", "du-thao.txt", "Dự thảo".getBytes(StandardCharsets.UTF_8),
                Map.of("_csrf", FormSession.csrf(page), "role", "DRAFT_DOCUMENT"));
        unit.upload(path + "/files", "to-trinh.txt", "Tờ trình".getBytes(StandardCharsets.UTF_8),
                Map.of("_csrf", FormSession.csrf(page), "role", "EXPLANATORY_REPORT"));
        unit.post(path + "/submission-for-review", Map.of("_csrf", FormSession.csrf(page)));

        var legal = FormSession.signIn(port, "phapche");
        var returned = legal.submit(path + "/review", legal.get(path).body(), form("decision", "RETURN", "comments", ""));
        TypedForm.in(returned.body(), "#review-form").saysBeside("comments", "phải ghi ý kiến");
        legal.post(path + "/review", Map.of("_csrf", FormSession.csrf(legal.get(path).body()), "decision", "PASS"));

        var office = FormSession.signIn(port, "vanphong");
        var submission = office.submit(path + "/submission", office.get(path).body(),
                form("documentNumber", "45/TTr-BTTTT", "documentDate", IMPOSSIBLE));
        TypedForm.in(submission.body(), "#submission-form")
                .keeps(Map.of("documentNumber", "45/TTr-BTTTT", "documentDate", IMPOSSIBLE))
                .saysBeside("documentDate", "Không có ngày 31/02/2027");
    }

    @Test
    void theAccountPagesKeepWhatWasTypedButNoPassword() {
        var office = FormSession.signIn(port, "vanphong");
        String longName = "Đồng bộ báo cáo ".repeat(8);
        var token = office.submit("/tokens", office.get("/tokens").body(), form("name", longName));
        TypedForm.in(token.body(), "form[action=\"/tokens\"]").keeps(Map.of("name", longName))
                .saysBeside("name", "dài quá");

        var password = office.submit("/account/password", office.get("/account").body(), form("currentPassword",
                "sai-mat-khau", "newPassword", "Mat-khau-moi-2027", "confirmation", "Mat-khau-moi-2027"));
        TypedForm.in(password.body(), "#password-form").saysBeside("currentPassword", "không đúng")
                .keeps(Map.of("currentPassword", "", "newPassword", "", "confirmation", ""));

        var webhook = office.submit("/webhooks", office.get("/webhooks").body(),
                form("url", "https://nhan.example.vn/su-kien", "secret", "ngan"));
        TypedForm.in(webhook.body(), "#webhook-form").keeps(Map.of("url", "https://nhan.example.vn/su-kien", "secret", ""))
                .saysBeside("secret", "Khóa bí mật");

        var admin = FormSession.signIn(port, "admin");
        var account = form("displayName", "Trần Thị C", "role", "LEADER", "unitId", "", "leaderId", "");
        var refused = admin.submit("/admin/users", admin.get("/admin").body(),
                with(with(account, "username", "X"), "password", "mat-khau-ban-dau"));
        TypedForm.in(refused.body(), "#account-form").keeps(account).keeps(Map.of("username", "X", "password", ""))
                .saysBeside("username", "Tên đăng nhập");
    }

    @Test
    void theMonitoringRulesUrgingAndSheetImportKeepTheirChoices() {
        var office = FormSession.signIn(port, "vanphong");
        var rules = form("escalateAfterWorkingDays", "9", "requestDecisionWorkingDays", "4",
                "weeklyDigest", "true");
        var refused = office.submit("/monitoring/rules", office.get("/monitoring").body(),
                with(rules, "repeatWorkingDays", "0"));
        TypedForm.in(refused.body(), "#rules-form").keeps(rules).keeps(Map.of("repeatWorkingDays", "0"))
                .saysBeside("repeatWorkingDays", "Chu kỳ nhắc lại");

        // A unit with nothing overdue or due soon: nothing to urge, and the unit stays chosen.
        var api = Api.as(port, "vanphong");
        String calm = null;
        for (var u : api.get("/api/v1/units").json().get("items")) {
            String code = u.get("code").asString();
            if (calm == null && api.get("/api/v1/tasks?leadUnit=" + code + "&status=OVERDUE").json().get("items").isEmpty()
                    && api.get("/api/v1/tasks?leadUnit=" + code + "&status=DUE_SOON").json().get("items").isEmpty()) {
                calm = u.get("id").asString();
            }
        }
        // Other test classes share the database and may leave every unit something to urge; then there is nothing
        // to check here (alone, the demo data always has such a unit).
        if (calm != null) {
            var urging = office.get("/monitoring/urging/preview?unitId=" + calm);
            assertThat(urging.body()).contains("không có nhiệm vụ quá hạn");
            TypedForm.in(urging.body(), "#urging-form").keeps(Map.of("unitId", calm));
        }

        var sheet = office.upload("/tasks/import", "trong.xlsx", new byte[0], Map.of("_csrf",
                FormSession.csrf(office.get("/tasks/import").body()), "mode", "valid-only"));
        var imported = TypedForm.in(sheet.body(), "#import-form");
        assertThat(imported.value("mode")).isEqualTo("valid-only");
        assertThat(imported.value("dryRun")).as("the dry run was unticked").isEmpty();
        assertThat(sheet.body()).contains("Chưa chọn tệp bảng tính");
    }
}
