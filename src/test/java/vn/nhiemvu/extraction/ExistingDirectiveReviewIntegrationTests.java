package vn.nhiemvu.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Saving a reviewed document whose number is already recorded (issue 19, item 4): the review comes back offering to
 * add the kept tasks to the recorded directive, and doing so adds them there without a second directive.
 */
@IntegrationTest
class ExistingDirectiveReviewIntegrationTests {

    @LocalServerPort
    int port;

    /** The review form's fields as the browser would send them. */
    private static Map<String, String> fields(String page) {
        Element form = Jsoup.parse(page).selectFirst("#review-form");
        assertThat(form).isNotNull();
        var fields = new LinkedHashMap<String, String>();
        for (var field : form.select("input[name], textarea[name], select[name]")) {
            String type = field.attr("type");
            if (type.equals("checkbox") && !field.hasAttr("checked")) {
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
        return fields;
    }

    @Test
    void aNumberAlreadyRecordedOffersToAddTheTasksToThatDirective() {
        String number = (System.nanoTime() % 90000 + 10000) + "/BTTTT-VP";
        String letter = """
                BỘ THÔNG TIN VÀ TRUYỀN THÔNG
                Số: %s
                V/v báo cáo tình hình chuyển đổi số
                Hà Nội, ngày 01 tháng 12 năm 2026
                Kính gửi: Cục Chuyển đổi số quốc gia
                Bộ Thông tin và Truyền thông đề nghị Cục Chuyển đổi số quốc gia báo cáo tình hình chuyển đổi số, gửi về Bộ \
                trước ngày 15/01/2027.
                Trân trọng./.
                Nơi nhận:
                - Như trên;
                - Lưu: VT, VP.
                BỘ TRƯỞNG
                Nguyễn Văn Dũng
                """.formatted(number);
        var office = FormSession.signIn(port, "vanphong");
        var first = office.submit("/extractions/review", office.get("/extractions/new").body(), Map.of("text", letter));
        var saved = office.submit("/extractions/confirmation", first.body(), fields(first.body()));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        String directive = saved.headers().firstValue("Location").orElseThrow();
        long id = Long.parseLong(directive.replaceAll(".*/directives/", ""));

        var again = office.submit("/extractions/review", office.get("/extractions/new").body(), Map.of("text", letter));
        var offered = office.submit("/extractions/confirmation", again.body(), fields(again.body()));
        assertThat(offered.statusCode()).isEqualTo(200);
        Element offer = Jsoup.parse(offered.body()).selectFirst("#existing-directive");
        assertThat(offer).as("the page offers the recorded directive").isNotNull();
        assertThat(offer.text()).contains(number).contains("báo cáo tình hình chuyển đổi số");
        assertThat(offer.selectFirst("#add-to-existing").attr("value")).isEqualTo(String.valueOf(id));
        assertThat(Jsoup.parse(offered.body()).select(".field-error, .invalid, .error-summary")).as("no refusal").isEmpty();

        var form = fields(offered.body());
        form.put("existingDirectiveId", String.valueOf(id));
        var added = office.submit("/extractions/confirmation", offered.body(), form);
        assertThat(added.statusCode()).isEqualTo(302);
        assertThat(added.headers().firstValue("Location").orElseThrow()).endsWith("/directives/" + id);

        var tasks = Api.as(port, "vanphong").get("/api/v1/tasks?directive=" + id + "&limit=50");
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json().toString()).contains("Cục Chuyển đổi số quốc gia báo cáo");
        assertThat(tasks.json().path("items").size()).as("the first save's task and the one added").isEqualTo(2);
    }
}
