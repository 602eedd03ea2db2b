package vn.nhiemvu.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.FormSession;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The year's rating through HTTP: its quarters are the quarter sheets read as of the same day, its total their mean;
 * the person and their head read it, a colleague may not, another unit's does not find the person; the page shows the
 * same quarters and says what is not confirmed, with the same scope (the Office reads it too).
 */
@IntegrationTest
class YearRatingIntegrationTests {

    @LocalServerPort
    int port;

    @Test
    void theYearIsTheMeanOfItsQuarterSheets() {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        int year = today.getYear();
        LocalDate reckoned = today.isBefore(LocalDate.of(year, 12, 14)) ? today : LocalDate.of(year, 12, 14);
        var head = Api.as(port, "tccb");
        JsonNode rating = head.get("/api/v1/people/tccb.an/year?year=" + year + "&asOf=" + today).json();
        assertThat(rating.get("rule").asString()).contains("trung bình", "15/12");
        assertThat(rating.get("periods").size()).isEqualTo((reckoned.getMonthValue() + 2) / 3);
        var totals = new ArrayList<BigDecimal>();
        for (JsonNode p : rating.get("periods")) {
            JsonNode sheet = head.get("/api/v1/people/tccb.an/sheets?period=" + p.get("period").asString() + "&asOf="
                    + reckoned).json();
            JsonNode total = sheet.get("total");
            assertThat(p.get("total").isNull()).isEqualTo(total == null || total.isNull());
            if (total != null && !total.isNull()) {
                totals.add(total.decimalValue());
            }
        }
        assertThat(rating.get("counted").asInt()).isEqualTo(totals.size());
        if (!totals.isEmpty()) {
            BigDecimal mean = totals.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(totals.size()), 2, RoundingMode.HALF_UP);
            assertThat(rating.get("total").decimalValue()).isEqualByComparingTo(mean);
        }
        assertThat(Api.as(port, "tccb.an").get("/api/v1/people/tccb.an/year?year=" + year).status()).isEqualTo(200);
        assertThat(Api.as(port, "tccb.binh").get("/api/v1/people/tccb.an/year?year=" + year).status()).isEqualTo(403);
        assertThat(Api.as(port, "pc").get("/api/v1/people/tccb.an/year?year=" + year).status()).isEqualTo(404);
    }

    @Test
    void theYearsPageHasTheSameScopeAndSaysWhatIsNotConfirmed() {
        int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear();
        JsonNode rating = Api.as(port, "tccb").get("/api/v1/people/tccb.an/year?year=" + year).json();
        String page = FormSession.signIn(port, "tccb").get("/people/tccb.an/year?year=" + year).body();
        assertThat(page).contains("Xếp loại cả năm " + year, "Những điều chưa được xác nhận", "trung bình",
                "70 điểm", "nhóm chức trách tương đồng", "id=\"year-periods\"");
        for (JsonNode p : rating.get("periods")) {
            assertThat(page).contains(p.get("period").asString());
        }
        assertThat(page).contains("<dd id=\"year-counted\">" + rating.get("counted").asInt() + "</dd>");
        assertThat(FormSession.signIn(port, "tccb.an").get("/people/tccb.an/year").statusCode()).isEqualTo(200);
        assertThat(FormSession.signIn(port, "vanphong").get("/people/tccb.an/year").statusCode()).isEqualTo(200);
        assertThat(FormSession.signIn(port, "tccb.binh").get("/people/tccb.an/year").statusCode()).isEqualTo(403);
        assertThat(FormSession.signIn(port, "pc").get("/people/tccb.an/year").statusCode()).isEqualTo(404);
        // The sheet links to its year.
        assertThat(FormSession.signIn(port, "tccb").get("/people/tccb.an").body()).contains("/people/tccb.an/year?year=");
    }
}
