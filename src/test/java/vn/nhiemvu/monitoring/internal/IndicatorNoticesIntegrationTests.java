package vn.nhiemvu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * The early warning of indicators (ADR 0051): when the forecast misses the target, the sweep tells the responsible
 * unit and the Office once per indicator and period measured, however many sweeps; a later period that still misses
 * warns again; an indicator on track says nothing.
 */
@IntegrationTest
class IndicatorNoticesIntegrationTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IndicatorNotices notices;

    /** Last year, swept as of its autumn with the values dated as if recorded then. */
    private final int year = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear() - 1;

    @Test
    void anIndicatorForecastToMissItsTargetWarnsOncePerPeriod() {
        var office = Api.as(port, "vanphong");
        String late = "CB" + System.nanoTime() % 100000;
        String fine = late + "OK";
        long id = define(office, late);
        define(office, fine);
        var khtc = Api.as(port, "khtc");
        record(khtc, late, "Q1", 20);
        record(khtc, late, "Q2", 40);
        record(khtc, fine, "Q1", 60);
        record(khtc, fine, "Q2", 75);
        backdate(year + "-08-01", late, fine);
        long agency = jdbc.sql("select agency_id from indicator where id = :id").param("id", id).query(Long.class).single();

        LocalDate autumn = LocalDate.of(year, 9, 15);
        notices.sweep(agency, autumn);
        notices.sweep(agency, autumn.plusDays(1));
        assertThat(sent(late)).containsExactly("INDICATOR_AT_RISK " + year + "-Q2 khtc,vanphong");
        assertThat(sent(fine)).isEmpty();
        String body = jdbc.sql("select body from notice where subject_type = 'INDICATOR' and subject_id = :id")
                .param("id", id).query(String.class).single();
        assertThat(body).contains("dự báo đến ngày 31/12/" + year, "không đạt mục tiêu 90 %");

        record(khtc, late, "Q3", 50);
        backdate(year + "-10-20", late);
        notices.sweep(agency, LocalDate.of(year, 10, 25));
        assertThat(sent(late)).containsExactly("INDICATOR_AT_RISK " + year + "-Q2 khtc,vanphong",
                "INDICATOR_AT_RISK " + year + "-Q3 khtc,vanphong");
    }

    private long define(Api office, String code) {
        var body = new LinkedHashMap<String, Object>();
        body.put("code", code);
        body.put("name", "Giải ngân cảnh báo " + code);
        body.put("unitOfMeasure", "%");
        body.put("direction", "HIGHER_IS_BETTER");
        body.put("target", 90);
        body.put("frequency", "QUARTERLY");
        body.put("year", year);
        body.put("ownerUnit", "KHTC");
        Api.Response created = office.post("/api/v1/indicators", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private void record(Api api, String code, String quarter, int value) {
        assertThat(api.post("/api/v1/indicators/" + code + "/values",
                Map.of("period", year + "-" + quarter, "value", value, "source", "Báo cáo")).status()).isEqualTo(201);
    }

    /** The values just recorded, as if recorded on the day: the sweep as of a past day reads only those by then. */
    private void backdate(String day, String... codes) {
        jdbc.sql("""
                update indicator_value set recorded_at = :at
                 where recorded_at > :recent and indicator_id in (select id from indicator where code in (:codes))
                """)
                .param("at", Timestamp.valueOf(day + " 09:00:00")).param("codes", List.of(codes))
                .param("recent", Timestamp.valueOf(LocalDate.now().minusDays(1).atStartOfDay())).update();
    }

    private List<String> sent(String code) {
        return jdbc.sql("""
                select n.rule, n.occasion,
                       (select string_agg(r.username, ',' order by r.username)
                          from notice_recipient r where r.notice_id = n.id) as whom
                  from notice n join indicator i on i.id = n.subject_id
                 where n.subject_type = 'INDICATOR' and i.code = :code order by n.id
                """).param("code", code)
                .query((rs, n) -> rs.getString("rule") + " " + rs.getString("occasion") + " " + rs.getString("whom"))
                .list();
    }
}
