package vn.nhiemvu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.nhiemvu.calendar.WorkingCalendar;
import vn.nhiemvu.evaluation.Evaluations;
import vn.nhiemvu.monitoring.Monitoring;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.support.Api;
import vn.nhiemvu.support.IntegrationTest;

/**
 * Proposal rounds in the monitoring (issue 16, ADR 0043): the agencies that have not answered are reminded while the
 * deadline is near and notified the first working day after it, each once; the organiser's "urge the late ones" sends
 * each of them one notice a day however often it is clicked, is audited, and is refused to respondents, to Legal and
 * on a closed round.
 */
@IntegrationTest
class RoundNoticesIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RoundNotices roundNotices;

    @Autowired
    Monitoring monitoring;

    @Autowired
    Evaluations evaluations;

    @Autowired
    WorkingCalendar calendar;

    private final LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    private Api as(String username) {
        return Api.as(port, username);
    }

    private long open(LocalDate deadline) {
        var column = new LinkedHashMap<String, Object>();
        column.put("key", "task");
        column.put("label", "Nhiệm vụ đề xuất");
        column.put("type", "LONG_TEXT");
        column.put("required", true);
        column.put("choices", List.of());
        var body = new LinkedHashMap<String, Object>();
        body.put("title", "Đợt thử đôn đốc");
        body.put("legalBasis", "Quyết định số 1690/QĐ-TTg");
        body.put("instructions", "Mỗi nhiệm vụ một dòng.");
        body.put("letterDate", today.toString());
        body.put("deadlineText", "trước ngày " + DisplayDates.date(deadline));
        body.put("acceptLate", true);
        body.put("addressees", List.of("BYT", "UBND-HN", "BTP"));
        body.put("tables", List.of(Map.of("title", "Nhiệm vụ trọng tâm", "columns", List.of(column))));
        Api.Response created = as("cdsqg").post("/api/v1/rounds", body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return created.json().get("id").asLong();
    }

    private long agency(String code) {
        return jdbc.sql("select id from agency where code = :c").param("c", code).query(Long.class).single();
    }

    /** rule occasion → recipients' usernames, of the round's reminders (the opening's notice apart). */
    private List<String> notices(long roundId) {
        return jdbc.sql("""
                select n.rule, n.occasion,
                       (select string_agg(r.username, ',') from notice_recipient r where r.notice_id = n.id) as whom
                  from notice n where n.subject_type = 'ROUND' and n.subject_id = :id and n.rule <> 'ROUND_OPENED'
                 order by n.id
                """).param("id", roundId)
                .query((rs, i) -> rs.getString("rule") + " " + rs.getString("occasion") + " "
                        + rs.getString("whom"))
                .list();
    }

    private int sweep(long agencyId, LocalDate asOf) {
        var rules = new NoticeRules(monitoring.rules(agencyId), evaluations.evaluator(agencyId), calendar);
        return roundNotices.sweep(agencyId, rules, asOf);
    }

    @Test
    void remindsTheAgenciesThatHaveNotAnsweredOnceBeforeAndOnceAfterTheDeadline() {
        LocalDate deadline = calendar.addWorkingDays(today, 15);
        long id = open(deadline);
        long organiser = jdbc.sql("select agency_id from proposal_round where id = :id").param("id", id)
                .query(Long.class).single();
        long byt = agency("BYT");
        long btp = agency("BTP");
        assertThat(as("hanoi").post("/api/v1/rounds/" + id + "/answer/submissions",
                Map.of("noProposal", true, "reason", "Đã lồng ghép vào kế hoạch năm")).status()).isEqualTo(201);

        // Far from the deadline: nothing.
        sweep(organiser, today);
        assertThat(notices(id)).isEmpty();

        // On the deadline: a reminder to each agency that has not answered (Hà Nội has), once.
        sweep(organiser, deadline);
        sweep(organiser, deadline);
        assertThat(notices(id)).containsExactly("ROUND_DUE_SOON a" + byt + ":" + deadline + " byt",
                "ROUND_DUE_SOON a" + btp + ":" + deadline + " null");

        // The first working day after it: the overdue notice, once, however many sweeps.
        LocalDate after = calendar.addWorkingDays(deadline, 1);
        sweep(organiser, after);
        sweep(organiser, calendar.addWorkingDays(deadline, 2));
        assertThat(notices(id)).hasSize(4).contains("ROUND_OVERDUE a" + byt + ":" + deadline + " byt");

    }

    @Test
    void urgingTheLateOnesSendsEachOneNoticeADayAndIsAudited() {
        long id = open(calendar.addWorkingDays(today, 5));
        long byt = agency("BYT");
        long btp = agency("BTP");
        assertThat(as("hanoi").post("/api/v1/rounds/" + id + "/answer/submissions",
                Map.of("noProposal", true, "reason", "Không có")).status()).isEqualTo(201);

        // Neither a respondent (who is not told of it) nor Legal may urge.
        assertThat(as("byt").post("/api/v1/rounds/" + id + "/urging", Map.of()).status()).isEqualTo(404);
        Api.Response legal = as("phapche").post("/api/v1/rounds/" + id + "/urging", Map.of());
        assertThat(legal.status()).isEqualTo(403);
        assertThat(legal.json().get("detail").asString()).contains("đôn đốc");

        Api.Response first = as("cdsqg").post("/api/v1/rounds/" + id + "/urging", Map.of());
        assertThat(first.status()).as(first.toString()).isEqualTo(200);
        assertThat(first.json().get("urged").toString()).contains("\"BYT\"", "\"BTP\"").doesNotContain("UBND-HN");
        assertThat(first.json().get("alreadyUrged")).isEmpty();

        // A second click the same day (the Office's this time) urges no one again.
        Api.Response second = as("vanphong").post("/api/v1/rounds/" + id + "/urging", Map.of());
        assertThat(second.status()).as(second.toString()).isEqualTo(200);
        assertThat(second.json().get("urged")).isEmpty();
        assertThat(second.json().get("alreadyUrged")).hasSize(2);

        assertThat(notices(id)).containsExactly("ROUND_URGED a" + byt + ":u" + today + " byt",
                "ROUND_URGED a" + btp + ":u" + today + " null");
        String body = jdbc.sql("select body from notice where subject_type = 'ROUND' and subject_id = :id and "
                + "rule = 'ROUND_URGED' order by id").param("id", id).query(String.class).list().get(0);
        assertThat(body).contains("Đợt thử đôn đốc", DisplayDates.date(today));
        assertThat(jdbc.sql("select count(*) from audit_event where entity_type = 'PROPOSAL_ROUND' and entity_id = :id"
                + " and action = 'URGED'").param("id", id).query(Integer.class).single()).isEqualTo(1);

        // Once everyone has answered there is no one to urge; a closed round is not urged.
        for (String who : List.of("byt")) {
            assertThat(as(who).post("/api/v1/rounds/" + id + "/answer/submissions",
                    Map.of("noProposal", true, "reason", "Không có")).status()).isEqualTo(201);
        }
        assertThat(as("cdsqg").post("/api/v1/rounds/" + id + "/closing", Map.of()).status()).isEqualTo(200);
        Api.Response closed = as("cdsqg").post("/api/v1/rounds/" + id + "/urging", Map.of());
        assertThat(closed.status()).isEqualTo(409);
        assertThat(closed.json().get("detail").asString()).contains("đã đóng");
    }
}
