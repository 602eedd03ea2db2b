package vn.nhiemvu.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.identity.Role;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.support.WeekendCalendar;

/**
 * {@link CompletionPolicy} without Spring: who may reopen whose completion, which steps each kind needs and who may go
 * without them (ADR 0025), and which dates each role may give.
 * Today is Wednesday 11/03/2026; five working days back is Wednesday 04/03/2026 (weekends only, unless a row says).
 */
class CompletionPolicyTests {

    static final LocalDate TODAY = LocalDate.parse("2026-03-11");
    static final long LEAD = 7;
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final Message COMPLETED = Message.of("completion.date.completed");

    /** The defaults of application.properties. */
    static final Map<TaskKind, List<CompletionStep>> DEFAULTS = Map.of(
            TaskKind.SCHEME, List.of(CompletionStep.LEGAL_REVIEW_PASSED, CompletionStep.SUBMISSION_RECORDED),
            TaskKind.LEGAL_DOCUMENT, List.of(CompletionStep.SUBMISSION_RECORDED, CompletionStep.LEGAL_REVIEW_PASSED),
            TaskKind.REPORT, List.of(CompletionStep.RESULT_FILE),
            TaskKind.OTHER, List.of(CompletionStep.RESULT_FILE));
    /** A rule under which a Đề án also needs its plan approved. */
    static final Map<TaskKind, List<CompletionStep>> PLANNED = Map.of(
            TaskKind.SCHEME, List.of(CompletionStep.SUBMISSION_RECORDED, CompletionStep.PLAN_APPROVED,
                    CompletionStep.LEGAL_REVIEW_PASSED),
            TaskKind.LEGAL_DOCUMENT, List.of(), TaskKind.REPORT, List.of(), TaskKind.OTHER, List.of());
    /** No kind needs a step: the dates alone. */
    static final Map<TaskKind, List<CompletionStep>> NO_STEPS = Map.of(TaskKind.SCHEME, List.of(),
            TaskKind.LEGAL_DOCUMENT, List.of(), TaskKind.REPORT, List.of(), TaskKind.OTHER, List.of());

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
        assertThat(refusal.isEmpty()).as(refusal.map(Message::vietnamese).orElse("allowed")).isEqualTo(mayReopen);
    }

    @ParameterizedTest(name = "{0} completing on {1} (steps {2}, directive {3}): {5}")
    @CsvSource(delimiter = '|', textBlock = """
            # user | date       | steps after entry        | directive  | days off              | verdict
            UNIT:7 | 2026-03-11 |                          | 2026-02-02 |                       | ALLOWED
            UNIT:7 | 2026-03-12 |                          | 2026-02-02 |                       | REFUSED NOT_IN_FUTURE 12/03/2026 trái quy tắc “Không sau ngày hôm nay”: hôm nay là ngày 11/03/2026.
            UNIT:7 | 2026-03-04 |                          | 2026-02-02 |                       | ALLOWED
            UNIT:7 | 2026-03-03 |                          | 2026-02-02 |                       | REFUSED RECENT “Không lùi quá 5 ngày làm việc”: chỉ được lùi về trước tối đa 5 ngày làm việc (từ ngày 04/03/2026)
            UNIT:7 | 2026-03-02 |                          | 2026-02-02 | 2026-03-09 2026-03-10 | ALLOWED
            UNIT:7 | 2026-02-27 |                          | 2026-02-02 | 2026-03-09 2026-03-10 | REFUSED RECENT từ ngày 02/03/2026
            UNIT:7 | 2026-03-05 | 2026-03-06               | 2026-02-02 |                       | REFUSED NOT_BEFORE_LAST_STEP “Không trước bước đã ghi nhận”: kế hoạch thực hiện được phê duyệt ngày 06/03/2026
            UNIT:7 | 2026-03-06 | 2026-03-06               | 2026-02-02 |                       | ALLOWED
            UNIT:7 | 2026-03-06 | 2026-03-05 2026-03-09    | 2026-02-02 |                       | REFUSED NOT_BEFORE_LAST_STEP ngày 09/03/2026
            UNIT:7 | 2026-03-09 | entered:2026-03-10       |            |                       | REFUSED NOT_BEFORE_ASSIGNMENT “Không trước ngày giao nhiệm vụ”: nhiệm vụ không có văn bản giao, được giao (nhập vào hệ thống) ngày 10/03/2026
            UNIT:7 | 2026-03-09 | entered:2026-03-10       | 2026-02-02 |                       | REFUSED NOT_BEFORE_LAST_STEP nhiệm vụ được nhập vào hệ thống ngày 10/03/2026
            UNIT:7 | 2026-03-09 |                          | 2026-03-10 |                       | REFUSED NOT_BEFORE_ASSIGNMENT “Không trước ngày giao nhiệm vụ”: văn bản giao nhiệm vụ ban hành ngày 10/03/2026
            UNIT:7 | 2026-03-09 | passed:2026-03-10        | 2026-02-02 |                       | REFUSED NOT_BEFORE_REVIEW “Không trước ngày thông qua thẩm định”: Vụ Pháp chế thông qua thẩm định hồ sơ ngày 10/03/2026
            LEADER | 2026-03-10 |                          | 2026-02-02 |                       | ALLOWED
            LEADER | 2026-03-03 |                          | 2026-02-02 |                       | REFUSED RECENT tối đa 5 ngày làm việc
            LEADER | 2026-03-05 | 2026-03-06               | 2026-02-02 |                       | REFUSED NOT_BEFORE_LAST_STEP kế hoạch thực hiện được phê duyệt
            LEADER | 2026-03-12 |                          |            |                       | REFUSED NOT_IN_FUTURE sau ngày hôm nay
            OFFICE | 2026-03-09 |                          | 2026-02-02 |                       | ALLOWED
            OFFICE | 2026-03-03 |                          | 2026-02-02 |                       | OVERRIDE
            OFFICE | 2026-03-05 | 2026-03-06               | 2026-02-02 |                       | OVERRIDE
            OFFICE | 2026-02-02 |                          | 2026-02-02 |                       | OVERRIDE
            OFFICE | 2026-02-01 |                          | 2026-02-02 |                       | REFUSED NOT_BEFORE_ASSIGNMENT văn bản giao nhiệm vụ ban hành ngày 02/02/2026
            OFFICE | 2020-01-01 | entered:2026-03-10       |            |                       | OVERRIDE
            OFFICE | 2026-03-09 | passed:2026-03-10        | 2026-02-02 |                       | REFUSED NOT_BEFORE_REVIEW thông qua thẩm định hồ sơ ngày 10/03/2026
            OFFICE | 2026-03-12 |                          | 2026-02-02 |                       | REFUSED NOT_IN_FUTURE sau ngày hôm nay
            ADMIN  | 2026-03-03 |                          | 2026-02-02 |                       | OVERRIDE
            ADMIN  | 2026-02-01 |                          | 2026-02-02 |                       | REFUSED NOT_BEFORE_ASSIGNMENT văn bản giao nhiệm vụ
            """)
    void dates(String user, LocalDate date, String steps, LocalDate directive, String daysOff, String verdict) {
        var policy = new CompletionPolicy(5, daysOff == null ? new WeekendCalendar()
                : WeekendCalendar.withDaysOff(daysOff.split(" ")), NO_STEPS);
        var facts = facts(TaskKind.OTHER, steps, directive);
        var result = policy.judge(user(user), date, facts, false, null, COMPLETED);
        String[] words = verdict.split(" ", 3);
        switch (words[0]) {
            case "ALLOWED" -> assertThat(result).isEqualTo(new CompletionPolicy.Verdict.Allowed(false, List.of(), null));
            case "OVERRIDE" -> {
                // Beyond a unit's reach: the Office says why, or it is refused on the reason.
                assertThat(result).isInstanceOf(CompletionPolicy.Verdict.ReasonRequired.class);
                assertThat(((CompletionPolicy.Verdict.ReasonRequired) result).message().vietnamese()).contains("phải nêu lý do",
                        "ngày sớm hơn giới hạn của đơn vị");
                assertThat(policy.judge(user(user), date, facts, false, "  Nhập việc đã làm năm trước. ",
                        COMPLETED))
                        .isEqualTo(new CompletionPolicy.Verdict.Allowed(true, List.of(), "Nhập việc đã làm năm trước."));
            }
            default -> {
                assertThat(result).isInstanceOf(CompletionPolicy.Verdict.DateRefused.class);
                var refused = (CompletionPolicy.Verdict.DateRefused) result;
                assertThat(refused.rule()).isEqualTo(CompletionPolicy.DateRule.valueOf(words[1]));
                assertThat(refused.message().vietnamese()).startsWith("Ngày hoàn thành " + DAY.format(date) + " trái quy tắc “")
                        .contains(words[2]);
                assertThat(policy.judge(user(user), date, facts, false, "Có lý do", COMPLETED))
                        .as("a reason changes nothing for a unit or a leader, nor for the rules everyone keeps")
                        .isEqualTo(result);
            }
        }
    }

    @ParameterizedTest(name = "{0} {3} a {1} with {2} done: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            # user | kind           | done                                    | how        | verdict
            UNIT:7 | REPORT         |                                         | completing | MISSING RESULT_FILE
            UNIT:7 | REPORT         | RESULT_FILE                             | completing | ALLOWED
            LEADER | OTHER          |                                         | completing | MISSING RESULT_FILE
            UNIT:7 | SCHEME         | LEGAL_REVIEW_PASSED                     | completing | MISSING SUBMISSION_RECORDED
            LEADER | LEGAL_DOCUMENT |                                         | completing | MISSING LEGAL_REVIEW_PASSED SUBMISSION_RECORDED
            OFFICE | SCHEME         |                                         | completing | SKIPPED LEGAL_REVIEW_PASSED SUBMISSION_RECORDED
            ADMIN  | REPORT         |                                         | completing | SKIPPED RESULT_FILE
            OFFICE | REPORT         | RESULT_FILE                             | completing | ALLOWED
            LEADER | SCHEME         | LEGAL_REVIEW_PASSED SUBMISSION_RECORDED | submitting | ALLOWED
            OFFICE | SCHEME         | LEGAL_REVIEW_PASSED SUBMISSION_RECORDED | submitting | ALLOWED
            OFFICE | PLANNED        | LEGAL_REVIEW_PASSED SUBMISSION_RECORDED | submitting | MISSING PLAN_APPROVED
            LEADER | PLANNED        | LEGAL_REVIEW_PASSED SUBMISSION_RECORDED | submitting | MISSING PLAN_APPROVED
            OFFICE | PLANNED        | LEGAL_REVIEW_PASSED                     | completing | SKIPPED PLAN_APPROVED SUBMISSION_RECORDED
            """)
    void theStepsEachKindNeeds(String user, String kind, String done, String how, String verdict) {
        // "PLANNED": a Đề án under a rule that also asks for an approved plan.
        var policy = new CompletionPolicy(5, new WeekendCalendar(), kind.equals("PLANNED") ? PLANNED : DEFAULTS);
        var facts = new CompletionPolicy.Facts(kind.equals("PLANNED") ? TaskKind.SCHEME : TaskKind.valueOf(kind), TODAY,
                LocalDate.parse("2026-02-02"), LocalDate.parse("2026-02-10"), List.of(), done(done));
        boolean submitting = how.equals("submitting");
        LocalDate date = LocalDate.parse("2026-03-10");
        var result = policy.judge(user(user), date, facts, submitting, null, COMPLETED);
        String[] words = verdict.split(" ");
        var named = Arrays.stream(words).skip(1).map(CompletionStep::valueOf).toList();
        switch (words[0]) {
            case "ALLOWED" -> assertThat(result).isEqualTo(new CompletionPolicy.Verdict.Allowed(false, List.of(), null));
            case "MISSING" -> {
                assertThat(result).isInstanceOf(CompletionPolicy.Verdict.StepsMissing.class);
                var missing = (CompletionPolicy.Verdict.StepsMissing) result;
                assertThat(missing.missing()).isEqualTo(named);
                assertThat(missing.message().vietnamese()).contains("Nhiệm vụ loại “" + facts.kind().label() + "”",
                        "Còn thiếu: " + named.get(0).label(), named.get(0).howTo(), "Quy tắc hoàn thành");
                assertThat(policy.judge(user(user), date, facts, submitting, "Lý do", COMPLETED))
                        .as("no reason lets a unit, a leader or a submission past a missing step").isEqualTo(result);
            }
            default -> {
                assertThat(result).isInstanceOf(CompletionPolicy.Verdict.ReasonRequired.class);
                assertThat(((CompletionPolicy.Verdict.ReasonRequired) result).message().vietnamese())
                        .contains("còn thiếu bước " + named.get(0).label());
                assertThat(policy.judge(user(user), date, facts, submitting, "Đã có văn bản giấy, nhập bù.",
                        COMPLETED))
                        .isEqualTo(new CompletionPolicy.Verdict.Allowed(false, named, "Đã có văn bản giấy, nhập bù."));
                assertThat(policy.judge(user(user), date, facts, submitting, "x".repeat(CompletionPolicy.MAX_REASON + 1),
                        COMPLETED)).isInstanceOf(CompletionPolicy.Verdict.ReasonRequired.class);
            }
        }
    }

    /** The refusals are codes: the same verdict reads in English for a reader who prefers it. */
    @Test
    void refusalsReadInEnglish() {
        var late = new CompletionPolicy(5, new WeekendCalendar(), NO_STEPS).judge(user("UNIT:7"), LocalDate.parse("2026-03-05"), facts(TaskKind.OTHER, "2026-03-06",
                LocalDate.parse("2026-02-02")), false, null, COMPLETED);
        assertThat(((CompletionPolicy.Verdict.DateRefused) late).message().in(Locale.ENGLISH)).isEqualTo(
                "The completion date 05/03/2026 breaks the rule “Not before a recorded step”: the implementation plan"
                        + " was approved on 06/03/2026; an earlier date is recorded by the Ministry Office, with a reason.");
        var policy = new CompletionPolicy(5, new WeekendCalendar(), DEFAULTS);
        var facts = new CompletionPolicy.Facts(TaskKind.SCHEME, TODAY, LocalDate.parse("2026-02-02"),
                LocalDate.parse("2026-02-10"), List.of(), Map.of());
        var missing = policy.judge(user("UNIT:7"), TODAY, facts, false, null, COMPLETED);
        assertThat(((CompletionPolicy.Verdict.StepsMissing) missing).message().in(Locale.ENGLISH))
                .startsWith("A task of kind “").contains("Missing: the Legal Department passed the dossier — send")
                .doesNotContainPattern("[À-ỹ]");
        var office = policy.judge(user("OFFICE"), TODAY, facts, false, null, COMPLETED);
        assertThat(((CompletionPolicy.Verdict.ReasonRequired) office).message().in(Locale.ENGLISH))
                .contains("Outside the rules: missing step the Legal Department passed the dossier; the submission")
                .doesNotContainPattern("[À-ỹ]");
    }

    @Test
    void everyKindMustBeConfigured() {
        var partial = new EnumMap<TaskKind, List<CompletionStep>>(DEFAULTS);
        partial.remove(TaskKind.LEGAL_DOCUMENT);
        assertThatThrownBy(() -> new CompletionPolicy(5, new WeekendCalendar(), partial))
                .hasMessageContaining("nhiemvu.task.completion.steps.legal-document");
        var policy = new CompletionPolicy(5, new WeekendCalendar(), DEFAULTS);
        assertThat(policy.completesBySubmission(TaskKind.SCHEME)).isTrue();
        assertThat(policy.completesBySubmission(TaskKind.REPORT)).isFalse();
        assertThat(policy.name(CompletionPolicy.DateRule.RECENT)).isEqualTo("Không lùi quá 5 ngày làm việc");
    }

    @ParameterizedTest(name = "{0}: earliest {3}")
    @CsvSource(delimiter = '|', textBlock = """
            # user | steps after entry            | directive  | earliest   | earliest without a reason
            UNIT:7 |                              | 2026-02-02 | 2026-03-04 | 2026-03-04
            UNIT:7 | 2026-03-06                   | 2026-02-02 | 2026-03-06 | 2026-03-06
            UNIT:7 |                              | 2026-03-09 | 2026-03-09 | 2026-03-09
            LEADER | 2026-03-05                   |            | 2026-03-05 | 2026-03-05
            OFFICE | 2026-03-06                   | 2026-02-02 | 2026-02-02 | 2026-03-06
            OFFICE | 2026-03-06                   |            |            | 2026-03-06
            OFFICE | 2026-03-06 passed:2026-03-09 | 2026-02-02 | 2026-03-09 | 2026-03-09
            """)
    void theEarliestDateThePageOffersIsTheFirstTheRuleAllows(String user, String steps, LocalDate directive,
            LocalDate earliest, LocalDate withoutReason) {
        var policy = new CompletionPolicy(5, new WeekendCalendar(), NO_STEPS);
        var facts = facts(TaskKind.OTHER, steps, directive);
        assertThat(policy.earliest(user(user), facts)).isEqualTo(earliest);
        assertThat(policy.earliestWithoutReason(facts)).isEqualTo(withoutReason);
        String reason = user.equals("OFFICE") ? "Nhập việc cũ." : null;
        if (earliest != null) {
            assertThat(policy.judge(user(user), earliest, facts, false, reason, COMPLETED))
                    .isInstanceOf(CompletionPolicy.Verdict.Allowed.class);
            assertThat(policy.judge(user(user), earliest.minusDays(1), facts, false, reason, COMPLETED))
                    .isInstanceOf(CompletionPolicy.Verdict.DateRefused.class);
        }
        assertThat(policy.judge(user(user), withoutReason, facts, false, null, COMPLETED))
                .isEqualTo(new CompletionPolicy.Verdict.Allowed(false, List.of(), null));
    }

    @Test
    void onlyTheLeadUnitAmongUnitsAndNeverTheLegalDepartmentRecordsCompletions() {
        Task task = task(null, null);
        assertThat(TaskPermissions.allows(user("UNIT:7"), task, TaskPermissions.Action.RECORD_COMPLETION)).isTrue();
        assertThat(TaskPermissions.allows(user("UNIT:8"), task, TaskPermissions.Action.RECORD_COMPLETION)).isFalse();
        assertThat(TaskPermissions.allows(user("LEGAL"), task, TaskPermissions.Action.RECORD_COMPLETION)).isFalse();
        assertThat(TaskPermissions.allows(user("LEADER"), task, TaskPermissions.Action.RECORD_COMPLETION)).isTrue();
        assertThat(CompletionPolicy.source(user("ADMIN"), false)).isEqualTo(CompletedBy.Source.OFFICE);
        assertThat(CompletionPolicy.source(user("UNIT:7"), false)).isEqualTo(CompletedBy.Source.UNIT);
        assertThat(CompletionPolicy.source(user("LEADER"), true)).isEqualTo(CompletedBy.Source.SUBMISSION);
    }

    /**
     * Steps: dates after the task's entry on 10/02/2026, each a plan approval, "entered:" another entry date, or
     * "passed:" the day the Legal Department passed the dossier (a recorded step and a step of the path).
     */
    private static CompletionPolicy.Facts facts(TaskKind kind, String steps, LocalDate directive) {
        var list = new ArrayList<TaskStep>();
        var done = new EnumMap<CompletionStep, LocalDate>(CompletionStep.class);
        LocalDate entered = LocalDate.parse("2026-02-10");
        if (steps != null) {
            for (String step : steps.split(" ")) {
                if (step.startsWith("entered:")) {
                    entered = LocalDate.parse(step.substring("entered:".length()));
                } else if (step.startsWith("passed:")) {
                    LocalDate passed = LocalDate.parse(step.substring("passed:".length()));
                    list.add(new TaskStep(passed, Message.of("completion.task-step.review-passed")));
                    done.put(CompletionStep.LEGAL_REVIEW_PASSED, passed);
                } else {
                    list.add(new TaskStep(LocalDate.parse(step), Message.of("completion.task-step.plan-approved")));
                }
            }
        }
        return new CompletionPolicy.Facts(kind, TODAY, directive, entered, list, done);
    }

    /** The steps named, each done on 05/03/2026. */
    private static Map<CompletionStep, LocalDate> done(String steps) {
        var done = new EnumMap<CompletionStep, LocalDate>(CompletionStep.class);
        if (steps != null) {
            Arrays.stream(steps.split(" ")).forEach(step -> done.put(CompletionStep.valueOf(step),
                    LocalDate.parse("2026-03-05")));
        }
        return done;
    }

    /** "OFFICE", "LEADER", "UNIT:7"…; "unknown" for a completion recorded before recorders were kept. */
    private static CompletedBy completedBy(String who) {
        if (who.equals("unknown")) {
            return null;
        }
        CurrentUser user = user(who);
        return new CompletedBy(user.username(), CompletionPolicy.source(user, who.equals("SUBMISSION")),
                user.unitId(), false, List.of(), null);
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
