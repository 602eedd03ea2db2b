package vn.nhiemvu.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Indicators through HTTP: the Office defines one, the responsible unit records its values and corrects one with a
 * reason, another unit may not; the standing as of an earlier day reads only what was recorded by then; bad input is a
 * 400 in Vietnamese; the pages list the indicator with its status and record a value.
 */
@IntegrationTest
class IndicatorIntegrationTests {

    private static final Pattern VIETNAMESE = Pattern.compile(".*[ạảãáàâấầẩẫậăắằẳẵặđẹẻẽéèêếềểễệịỉĩíìọỏõóòôốồổỗộơớờởỡợụủũúùưứừửữựỵỷỹýỳ].*",
            Pattern.DOTALL);

    @LocalServerPort
    int port;
    @Autowired
    AuditLog audit;

    /** Last year: every quarter of it has begun, whatever day the tests run. */
    private final int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;

    @Test
    void theUnitRecordsAndCorrectsItsValuesAndTheStandingFollows() {
        var office = Api.as(port, "vanphong");
        String code = "GN" + System.nanoTime() % 100000;
        Api.Response created = office.post("/api/v1/indicators", definition(code, "KHTC", "DINHMUC"));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().get("status").asString()).isEqualTo("NO_DATA");
        assertThat(created.json().get("areaName").asString()).isEqualTo("Định mức kinh tế - kỹ thuật");
        long id = created.json().get("id").asLong();

        var khtc = Api.as(port, "khtc");
        assertThat(khtc.post("/api/v1/indicators/" + code + "/values", value(year + "-Q1", 20, null)).status()).isEqualTo(201);
        JsonNode two = khtc.post("/api/v1/indicators/" + code.toLowerCase() + "/values", value(year + "-q2", 40, null)).json();
        assertThat(two.get("status").asString()).isEqualTo("AT_RISK");
        assertThat(two.get("forecast").decimalValue()).isEqualByComparingTo("80.4396");
        assertThat(two.get("forecastPoints").asInt()).isEqualTo(2);

        // Another unit may not record; a period measured needs a reason to be corrected.
        problem(Api.as(port, "pc").post("/api/v1/indicators/" + code + "/values", value(year + "-Q3", 99, null)), 403, null);
        problem(khtc.post("/api/v1/indicators/" + code + "/values", value(year + "-Q2", 55, null)), 400, "correction");
        JsonNode corrected = khtc.post("/api/v1/indicators/" + code + "/values",
                value(year + "-Q2", 55, "Số liệu Kho bạc cập nhật")).json();
        assertThat(corrected.get("status").asString()).isEqualTo("ON_TRACK");
        assertThat(corrected.get("values").size()).isEqualTo(2);
        assertThat(corrected.get("history").size()).isEqualTo(3);
        assertThat(corrected.get("history").get(0).get("correction").asString()).isEqualTo("Số liệu Kho bạc cập nhật");

        // As of yesterday nothing had been recorded.
        String yesterday = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1).toString();
        assertThat(office.get("/api/v1/indicators/" + code + "?asOf=" + yesterday).json().get("status").asString())
                .isEqualTo("NO_DATA");
        // The list filters by year and area; every staff account reads it.
        JsonNode list = Api.as(port, "pc").get("/api/v1/indicators?area=DINHMUC&year=" + year).json();
        assertThat(list.get("method").asString()).contains("bình phương tối thiểu");
        assertThat(list.get("indicators").valueStream().map(i -> i.get("code").asString())).contains(code);
        assertThat(office.get("/api/v1/indicators?area=PHAPLUAT").json().get("indicators").valueStream()
                .map(i -> i.get("code").asString())).doesNotContain(code);

        // Defined, two values, a correction: each audited under the indicator.
        assertThat(audit.history("INDICATOR", id)).hasSize(4);

        // The pages: the list with the status, the indicator with its values and the form for the unit only.
        assertThat(FormSession.signIn(port, "pc").get("/indicators").body()).contains("Giải ngân thử " + code,
                "Dự báo đạt").doesNotContain("value-form");
        var session = FormSession.signIn(port, "khtc");
        String page = session.get("/indicators/" + code).body();
        assertThat(page).contains("Số liệu Kho bạc cập nhật", "125,8 %", "value-form", "xu thế tuyến tính");
        var form = new LinkedHashMap<String, String>();
        form.put("period", year + "-Q3");
        form.put("value", "70,5");
        form.put("source", "Báo cáo quý III");
        assertThat(session.submit("/indicators/" + code + "/values", page, form).statusCode()).isEqualTo(302);
        form.put("value", "bảy mươi");
        String refused = session.submit("/indicators/" + code + "/values", page, form).body();
        assertThat(refused).contains("không phải một số");
        assertThat(office.get("/api/v1/indicators/" + code).json().get("latest").get("value").decimalValue())
                .isEqualByComparingTo("70.5");
    }

    @Test
    void onlyTheOfficeDefinesAndBadInputIsA400InVietnamese() {
        var office = Api.as(port, "vanphong");
        problem(Api.as(port, "khtc").post("/api/v1/indicators", definition("KHTC1", "KHTC", null)), 403, null);
        problem(office.post("/api/v1/indicators", definition("CÓ DẤU", "KHONGCO", "KHONGCO")), 400, "ownerUnit");
        String code = "DEF" + System.nanoTime() % 100000;
        assertThat(office.post("/api/v1/indicators", definition(code, "PC", null)).status()).isEqualTo(201);
        problem(office.post("/api/v1/indicators", definition(code, "PC", null)), 400, "code");
        problem(Api.as(port, "pc").post("/api/v1/indicators/" + code + "/values", value((year + 2) + "-Q1", 1, null)),
                400, "period");
        problem(office.get("/api/v1/indicators?area=KHONGCO"), 400, "area");
        problem(office.get("/api/v1/indicators/KHONGCO"), 404, null);
        // The frequency stays once a value is recorded.
        assertThat(Api.as(port, "pc").post("/api/v1/indicators/" + code + "/values", value(year + "-Q1", 1, null))
                .status()).isEqualTo(201);
        var changed = definition(code, "PC", null);
        changed.put("frequency", "MONTHLY");
        problem(office.put("/api/v1/indicators/" + code, changed, Map.of()), 400, "frequency");
        changed.put("frequency", "QUARTERLY");
        changed.put("target", 80);
        assertThat(office.put("/api/v1/indicators/" + code, changed, Map.of()).json().get("target").decimalValue())
                .isEqualByComparingTo("80");
    }

    private Map<String, Object> definition(String code, String owner, String area) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", "Giải ngân thử " + code);
        body.put("unitOfMeasure", "%");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("target", 90);
        body.put("frequency", "QUARTERLY");
        body.put("year", year);
        body.put("ownerUnit", owner);
        if (area != null) {
            body.put("area", area);
        }
        return body;
    }

    private static Map<String, Object> value(String period, double value, String correction) {
        var body = new LinkedHashMap<String, Object>();
        body.put("period", period);
        body.put("value", value);
        body.put("source", "Báo cáo giải ngân");
        if (correction != null) {
            body.put("correction", correction);
        }
        return body;
    }

    private static void problem(Api.Response response, int status, String field) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.toString()).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).matches(VIETNAMESE);
        if (field != null) {
            assertThat(response.json().get("errors").valueStream().map(e -> e.get("field").asString()))
                    .as(response.toString()).contains(field);
        }
    }
}
