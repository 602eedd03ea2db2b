package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * {@link CompletionPolicy} without Spring: who may reopen whose completion, and which dates each role may give.
 * Today is Wednesday 11/03/2026; five working days back is Wednesday 04/03/2026 (weekends only, unless a row says).
 */
class CompletionPolicyTests {

    static final LocalDate TODAY = LocalDate.parse("2026-03-11");
    static final long LEAD = 7;

    @ParameterizedTest(name = "{0} reopening a completion by {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # user    | completed by | may reopen
            OFFICE    | OFFICE       | true
            OFFICE    | SUBMISSION   | true
            OFFICE    | UNIT:7       | true
            OFFICE    | unknown      | true
            ADMIN     | OFFICE       | true
            ADMIN     | SUBMISSION   | true
            ADMIN     | unknown      | true
            LEADER    | OFFICE       | false
            LEADER    | SUBMISSION   | false
            LEADER    | LEADER       | true
            LEADER    | UNIT:7       | true
            LEADER    | UNIT:9       | true
            LEADER    | unknown      | false
            UNIT:7    | OFFICE       | false
            UNIT:7    | SUBMISSION   | false
            UNIT:7    | LEADER       | false
            UNIT:7    | UNIT:7       | true
            UNIT:7    | UNIT:9       | false
            UNIT:7    | unknown      | false
            UNIT:8    | UNIT:8       | false
            UNIT:8    | UNIT:7       | false
            LEGAL     | OFFICE       | false
            LEGAL     | UNIT:7       | false
            """)
    void reopening(String user, String completedBy, boolean mayReopen) {
        Task task = task(null, completedBy(completedBy));
        var refusal = CompletionPolicy.reopenRefusal(user(user), task);
        assertThat(refusal.isEmpty()).as(refusal.orElse("allowed")).isEqualTo(mayReopen);
    }

    @ParameterizedTest(name = "{0} completing on {1} (steps {2}, directive {3}): {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # user | date       | steps after entry        | directive  | days off              | verdict
            UNIT:7 | 2026-03-11 |                          | 2026-02-02 |                       | ALLOWED
            UNIT:7 | 2026-03-12 |                          | 2026-02-02 |                       | REFUSED không được sau ngày hôm nay (11/03/2026)
            UNIT:7 | 2026-03-04 |                          | 2026-02-02 |                       | ALLOWED
            UNIT:7 | 2026-03-03 |                          | 2026-02-02 |                       | REFUSED tối đa 5 ngày làm việc (từ ngày 04/03/2026)
            UNIT:7 | 2026-03-02 |                          | 2026-02-02 | 2026-03-09 2026-03-10 | ALLOWED
            UNIT:7 | 2026-02-27 |                          | 2026-02-02 | 2026-03-09 2026-03-10 | REFUSED từ ngày 02/03/2026
            UNIT:7 | 2026-03-05 | 2026-03-06               | 2026-02-02 |                       | REFUSED không được trước ngày kế hoạch thực hiện được phê duyệt (06/03/2026)
            UNIT:7 | 2026-03-06 | 2026-03-06               | 2026-02-02 |                       | ALLOWED
            UNIT:7 | 2026-03-06 | 2026-03-05 2026-03-09    | 2026-02-02 |                       | REFUSED (09/03/2026)
            UNIT:7 | 2026-03-09 | entered:2026-03-10       |            |                       | REFUSED không được trước ngày nhiệm vụ được nhập vào hệ thống (10/03/2026)
            UNIT:7 | 2026-03-09 |                          | 2026-03-10 |                       | REFUSED không được trước ngày ban hành văn bản giao nhiệm vụ (10/03/2026)
            LEADER | 2026-03-10 |                          | 2026-02-02 |                       | ALLOWED
            LEADER | 2026-03-03 |                          | 2026-02-02 |                       | REFUSED tối đa 5 ngày làm việc
            LEADER | 2026-03-05 | 2026-03-06               | 2026-02-02 |                       | REFUSED kế hoạch thực hiện được phê duyệt
            LEADER | 2026-03-12 |                          |            |                       | REFUSED sau ngày hôm nay
            OFFICE | 2026-03-09 |                          | 2026-02-02 |                       | ALLOWED
            OFFICE | 2026-03-03 |                          | 2026-02-02 |                       | OVERRIDE
            OFFICE | 2026-03-05 | 2026-03-06               | 2026-02-02 |                       | OVERRIDE
            OFFICE | 2026-02-02 |                          | 2026-02-02 |                       | OVERRIDE
            OFFICE | 2026-02-01 |                          | 2026-02-02 |                       | REFUSED không được trước ngày ban hành văn bản giao nhiệm vụ (02/02/2026)
            OFFICE | 2020-01-01 | entered:2026-03-10       |            |                       | OVERRIDE
            OFFICE | 2026-03-12 |                          | 2026-02-02 |                       | REFUSED không được sau ngày hôm nay
            ADMIN  | 2026-03-03 |                          | 2026-02-02 |                       | OVERRIDE
            ADMIN  | 2026-02-01 |                          | 2026-02-02 |                       | REFUSED văn bản giao nhiệm vụ
            """)
    void dates(String user, LocalDate date, String steps, LocalDate directive, String daysOff, String verdict) {
        var policy = new CompletionPolicy(5, daysOff == null ? new WeekendCalendar()
                : WeekendCalendar.withDaysOff(daysOff.split(" ")));
        var result = policy.judge(user(user), date, dates(steps, directive), "Ngày hoàn thành");
        switch (verdict.split(" ")[0]) {
            case "ALLOWED" -> assertThat(result).isEqualTo(new CompletionPolicy.Verdict.Allowed(false));
            case "OVERRIDE" -> assertThat(result).isEqualTo(new CompletionPolicy.Verdict.Allowed(true));
            default -> {
                assertThat(result).isInstanceOf(CompletionPolicy.Verdict.Refused.class);
                assertThat(((CompletionPolicy.Verdict.Refused) result).reason()).startsWith("Ngày hoàn thành")
                        .contains(verdict.substring("REFUSED ".length()));
            }
        }
    }

    @ParameterizedTest(name = "{0}: earliest {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # user | steps after entry | directive  | earliest
            UNIT:7 |                   | 2026-02-02 | 2026-03-04
            UNIT:7 | 2026-03-06        | 2026-02-02 | 2026-03-06
            UNIT:7 |                   | 2026-03-09 | 2026-03-09
            LEADER | 2026-03-05        |            | 2026-03-05
            OFFICE | 2026-03-06        | 2026-02-02 | 2026-02-02
            OFFICE | 2026-03-06        |            |
            """)
    void theEarliestDateThePageOffersIsTheFirstTheRuleAllows(String user, String steps, LocalDate directive,
            LocalDate earliest) {
        var policy = new CompletionPolicy(5, new WeekendCalendar());
        var dates = dates(steps, directive);
        assertThat(policy.earliest(user(user), dates)).isEqualTo(earliest);
        if (earliest != null) {
            assertThat(policy.judge(user(user), earliest, dates, "Ngày hoàn thành"))
                    .isInstanceOf(CompletionPolicy.Verdict.Allowed.class);
            assertThat(policy.judge(user(user), earliest.minusDays(1), dates, "Ngày hoàn thành"))
                    .isInstanceOf(CompletionPolicy.Verdict.Refused.class);
        }
    }

    @Test
    void onlyTheLeadUnitAmongUnitsAndNeverTheLegalDepartmentRecordsCompletions() {
        Task task = task(null, null);
        assertThat(CompletionPolicy.mayRecord(user("UNIT:7"), task)).isTrue();
        assertThat(CompletionPolicy.mayRecord(user("UNIT:8"), task)).isFalse();
        assertThat(CompletionPolicy.mayRecord(user("LEGAL"), task)).isFalse();
        assertThat(CompletionPolicy.mayRecord(user("LEADER"), task)).isTrue();
        assertThat(CompletionPolicy.source(user("ADMIN"), false)).isEqualTo(CompletedBy.Source.OFFICE);
        assertThat(CompletionPolicy.source(user("UNIT:7"), false)).isEqualTo(CompletedBy.Source.UNIT);
        assertThat(CompletionPolicy.source(user("LEADER"), true)).isEqualTo(CompletedBy.Source.SUBMISSION);
    }

    /** Steps: dates after the task's entry on 10/02/2026, each a plan approval, or "entered:" another entry date. */
    private static CompletionPolicy.Dates dates(String steps, LocalDate directive) {
        var list = new ArrayList<TaskStep>();
        LocalDate entered = LocalDate.parse("2026-02-10");
        if (steps != null) {
            for (String step : steps.split(" ")) {
                if (step.startsWith("entered:")) {
                    entered = LocalDate.parse(step.substring("entered:".length()));
                } else {
                    list.add(new TaskStep(LocalDate.parse(step), "kế hoạch thực hiện được phê duyệt"));
                }
            }
        }
        list.add(0, new TaskStep(entered, "nhiệm vụ được nhập vào hệ thống"));
        return new CompletionPolicy.Dates(TODAY, directive, list);
    }

    /** "OFFICE", "LEADER", "UNIT:7"…; "unknown" for a completion recorded before recorders were kept. */
    private static CompletedBy completedBy(String who) {
        if (who.equals("unknown")) {
            return null;
        }
        CurrentUser user = user(who);
        return new CompletedBy(user.username(), CompletionPolicy.source(user, who.equals("SUBMISSION")),
                user.unitId(), false);
    }

    private static CurrentUser user(String who) {
        String[] parts = who.split(":");
        Role role = parts[0].equals("SUBMISSION") ? Role.LEADER : Role.valueOf(parts[0]);
        Long unit = parts.length > 1 ? Long.valueOf(parts[1]) : null;
        return new CurrentUser(1, who.toLowerCase(), who, role, 1, unit, role == Role.LEADER ? 3L : null);
    }

    private static Task task(LocalDate deadline, CompletedBy completedBy) {
        return new Task(1, 1, null, null, TaskKind.OTHER, "Nhiệm vụ", null, LEAD, List.of(), null, deadline, null, null,
                LocalDate.parse("2026-03-02"), completedBy, null,
                0, Instant.parse("2026-02-10T01:00:00Z"), "vanphong");
    }
}
