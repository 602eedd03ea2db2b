package vn.nhiemvu.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.Open;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.Planned;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.TaskInfo;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.To;
import vn.nhiemvu.monitoring.internal.WorkNoticeRules.UnitRef;
import vn.nhiemvu.task.GuidanceRequest;

/** Who is told of what is done to a task, with what words and link, and which earlier notices that settles. */
class WorkNoticeRulesTests {

    private static final UnitRef CDS = new UnitRef(11, "Cục Chuyển đổi số quốc gia");
    private static final UnitRef ATTT = new UnitRef(12, "Cục An toàn thông tin");
    private static final UnitRef KHTC = new UnitRef(13, "Vụ Kế hoạch - Tài chính");
    private static final LocalDate ON = LocalDate.of(2027, 1, 5);
    private static final String ACTOR = "Thứ trưởng Nguyễn Huy Dũng";

    private static final TaskInfo TASK = new TaskInfo(7, 3, "Xây dựng Đề án dữ liệu số", CDS, List.of(ATTT),
            "Thứ trưởng Nguyễn Huy Dũng", LocalDate.of(2027, 1, 15), "Chỉ thị 75/CT-BTTTT");

    private static final To LEAD = To.units(Set.of(11L));
    private static final To INVOLVED = To.units(Set.of(11L, 12L));
    private static final To LEADER = new To(Set.of(), true, false);

    private static Open open(long id, NoticeRule rule, String subjectType, long subjectId, String occasion, Long unit) {
        return new Open(id, rule, subjectType, subjectId, occasion, unit);
    }

    private static Planned only(WorkNoticeRules.Happening happening) {
        assertThat(happening.notices()).hasSize(1);
        return happening.notices().get(0);
    }

    @Test
    void aNewTaskTellsItsLeadUnitAndItsCoordinatingUnitsApart() {
        var notices = new WorkNoticeRules.Assigned(TASK, "Chuyên viên Văn phòng Bộ", ON, true, null, TASK.coordinating())
                .notices();
        assertThat(notices).extracting(Planned::rule, Planned::to, Planned::link, Planned::occasion).containsExactly(
                tuple(NoticeRule.TASK_ASSIGNED, LEAD, "/tasks/7", "v3"),
                tuple(NoticeRule.TASK_ASSIGNED, To.units(Set.of(12L)), "/tasks/7",
                        "v3-phoi-hop"));
        assertThat(notices.get(0).title()).isEqualTo("Được giao chủ trì: Xây dựng Đề án dữ liệu số");
        assertThat(notices.get(0).body()).isEqualTo("Cục Chuyển đổi số quốc gia được giao chủ trì nhiệm vụ theo Chỉ thị"
                + " 75/CT-BTTTT, thời hạn 15/01/2027. Đơn vị phối hợp: Cục An toàn thông tin. Lãnh đạo Bộ phụ trách:"
                + " Thứ trưởng Nguyễn Huy Dũng. Người giao: Chuyên viên Văn phòng Bộ.");
        assertThat(notices.get(1).body()).isEqualTo("Cục An toàn thông tin được giao phối hợp với Cục Chuyển đổi số"
                + " quốc gia (chủ trì) thực hiện nhiệm vụ theo Chỉ thị 75/CT-BTTTT, thời hạn 15/01/2027. Người giao:"
                + " Chuyên viên Văn phòng Bộ.");
    }

    @Test
    void aNewLeadUnitIsToldAndWhatWasAskedOfTheFormerOneIsSettled() {
        var moved = new WorkNoticeRules.Assigned(TASK, null, ON, true, KHTC, List.of());
        assertThat(only(moved).to()).isEqualTo(LEAD);
        assertThat(only(moved).body()).startsWith("Cục Chuyển đổi số quốc gia được giao chủ trì nhiệm vụ (thay Vụ Kế"
                + " hoạch - Tài chính)").doesNotContain("Người giao");
        assertThat(moved.settles(open(1, NoticeRule.OVERDUE, "TASK", 7, "2027-01-15#0", 13L))).isTrue();
        assertThat(moved.settles(open(2, NoticeRule.TASK_ASSIGNED, "TASK", 7, "v1", 13L))).isTrue();
        assertThat(moved.settles(open(3, NoticeRule.OVERDUE, "TASK", 7, "2027-01-15#1", 11L))).isFalse();

        var coordinating = new WorkNoticeRules.Assigned(TASK, null, ON, false, null, List.of(ATTT));
        assertThat(only(coordinating).to()).isEqualTo(To.units(Set.of(12L)));
        assertThat(coordinating.settles(open(1, NoticeRule.OVERDUE, "TASK", 7, "2027-01-15#0", 13L))).isFalse();
    }

    @Test
    void aSubmittedPlanWaitsForTheLeaderAndItsDecisionGoesBackToTheUnits() {
        var submitted = new WorkNoticeRules.PlanSubmitted(TASK, "Cán bộ Cục Chuyển đổi số quốc gia", ON, 2, 4, 3,
                LocalDate.of(2027, 1, 10));
        Planned toLeader = only(submitted);
        assertThat(toLeader.rule()).isEqualTo(NoticeRule.PLAN_SUBMITTED);
        assertThat(toLeader.to()).isEqualTo(LEADER);
        assertThat(toLeader.link()).isEqualTo("/tasks/7/plan");
        assertThat(toLeader.body()).contains("phiên bản 2 (3 mốc, mốc cuối 10/01/2027) ngày 05/01/2027",
                "người trình: Cán bộ Cục Chuyển đổi số quốc gia", "thời hạn 15/01/2027");
        assertThat(submitted.settles(open(1, NoticeRule.PLAN_RETURNED, "PLAN", 7, "v1.3", 11L))).isTrue();
        assertThat(submitted.settles(open(2, NoticeRule.PLAN_APPROVED, "PLAN", 7, "v1.2", 11L))).isFalse();

        var approved = new WorkNoticeRules.PlanDecided(TASK, ACTOR, ON, 2, 5, true, null, Set.of(201L));
        assertThat(only(approved).rule()).isEqualTo(NoticeRule.PLAN_APPROVED);
        assertThat(only(approved).to()).isEqualTo(INVOLVED);
        assertThat(only(approved).link()).isEqualTo("/tasks/7/plan#plan-version-2");
        assertThat(only(approved).body()).contains("đã được Thứ trưởng Nguyễn Huy Dũng phê duyệt ngày 05/01/2027");
        assertThat(approved.settles(open(1, NoticeRule.PLAN_SUBMITTED, "PLAN", 7, "v2.4", 11L))).isTrue();
        assertThat(approved.settles(open(2, NoticeRule.MILESTONE_OVERDUE, "MILESTONE", 101, "2027-01-02", 11L)))
                .as("a milestone of the plan replaced").isTrue();
        assertThat(approved.settles(open(3, NoticeRule.MILESTONE_DUE_SOON, "MILESTONE", 201, "2027-01-08", 11L)))
                .as("a milestone of the approved plan, still open").isFalse();

        var returned = new WorkNoticeRules.PlanDecided(TASK, ACTOR, ON, 2, 5, false, "Bổ sung mốc lấy ý kiến.", Set.of());
        assertThat(only(returned).rule()).isEqualTo(NoticeRule.PLAN_RETURNED);
        assertThat(only(returned).to()).isEqualTo(LEAD);
        assertThat(only(returned).body()).isEqualTo("Thứ trưởng Nguyễn Huy Dũng trả lại kế hoạch thực hiện phiên bản 2"
                + " ngày 05/01/2027 với ý kiến: “Bổ sung mốc lấy ý kiến.”. Đơn vị chỉnh sửa rồi trình lại.");
        assertThat(returned.settles(open(1, NoticeRule.PLAN_SUBMITTED, "PLAN", 7, "v2.4", 11L))).isTrue();
        assertThat(returned.settles(open(2, NoticeRule.MILESTONE_OVERDUE, "MILESTONE", 101, "2027-01-02", 11L)))
                .isFalse();
    }

    @Test
    void milestonesAndReportsAreSettledByDoingThem() {
        var milestone = new WorkNoticeRules.MilestoneCompleted(TASK, null, ON, Set.of(202L));
        assertThat(milestone.notices()).isEmpty();
        assertThat(milestone.settles(open(1, NoticeRule.MILESTONE_OVERDUE, "MILESTONE", 201, "2027-01-02", 11L)))
                .isTrue();
        assertThat(milestone.settles(open(2, NoticeRule.MILESTONE_DUE_SOON, "MILESTONE", 202, "2027-01-08", 11L)))
                .isFalse();

        Open missing = open(3, NoticeRule.MISSING_REPORT, "TASK", 7, "2027-01-04", 11L);
        assertThat(new WorkNoticeRules.ProgressReported(TASK, null, ON, true).settles(missing)).isTrue();
        assertThat(new WorkNoticeRules.ProgressReported(TASK, null, ON, false).settles(missing))
                .as("a coordinating unit's report on its part").isFalse();
    }

    @Test
    void aRequestWaitsForTheLeaderAndOnlyItsOwnNoticesAreSettledByTheDecision() {
        var sent = new WorkNoticeRules.RequestSent(TASK, "Cán bộ Cục Chuyển đổi số quốc gia", ON, 40,
                GuidanceRequest.Kind.EXTENSION, "Chờ ý kiến các bộ", LocalDate.of(2027, 2, 26));
        assertThat(only(sent).to()).isEqualTo(LEADER);
        assertThat(only(sent).link()).isEqualTo("/tasks/7#guidance-requests");
        assertThat(only(sent).title()).isEqualTo("Đề nghị gia hạn: Xây dựng Đề án dữ liệu số");
        assertThat(only(sent).body()).contains("Khó khăn, vướng mắc: “Chờ ý kiến các bộ”.",
                "Thời hạn đề nghị: 26/02/2027 (hiện nay thời hạn 15/01/2027).");

        var answered = new WorkNoticeRules.RequestDecided(TASK, ACTOR, ON, 40, GuidanceRequest.Kind.GUIDANCE,
                GuidanceRequest.State.ANSWERED, LocalDate.of(2027, 1, 4), "Phối hợp với Vụ Pháp chế.");
        assertThat(only(answered).rule()).isEqualTo(NoticeRule.GUIDANCE_ANSWERED);
        assertThat(only(answered).to()).isEqualTo(LEAD);
        assertThat(only(answered).body()).isEqualTo("Thứ trưởng Nguyễn Huy Dũng cho ý kiến về xin ý kiến chỉ đạo gửi"
                + " ngày 04/01/2027 (ý kiến ngày 05/01/2027): “Phối hợp với Vụ Pháp chế.”.");
        assertThat(answered.settles(open(1, NoticeRule.REQUEST_SENT, "REQUEST", 40, "sent", 11L))).isTrue();
        assertThat(answered.settles(open(2, NoticeRule.REQUEST_UNDECIDED, "REQUEST", 40, "after-5", 11L))).isTrue();
        assertThat(answered.settles(open(3, NoticeRule.REQUEST_SENT, "REQUEST", 41, "sent", 11L))).isFalse();

        var approvedExtension = new WorkNoticeRules.RequestDecided(TASK, ACTOR, ON, 40, GuidanceRequest.Kind.EXTENSION,
                GuidanceRequest.State.APPROVED, LocalDate.of(2027, 1, 4), null);
        assertThat(approvedExtension.notices()).as("told by the deadline decision").isEmpty();
        assertThat(approvedExtension.settles(open(1, NoticeRule.REQUEST_SENT, "REQUEST", 40, "sent", 11L))).isTrue();
    }

    @Test
    void anExtensionApprovedConcernsEveryUnitARefusalTheLeadUnit() {
        var approved = new WorkNoticeRules.DeadlineDecided(TASK, ACTOR, ON, 9, true, LocalDate.of(2027, 1, 4), ON,
                "Thứ trưởng Nguyễn Huy Dũng", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 2, 19), null);
        assertThat(only(approved).to()).isEqualTo(INVOLVED);
        assertThat(only(approved).link()).isEqualTo("/tasks/7#deadline-changes");
        assertThat(only(approved).body()).isEqualTo("Thứ trưởng Nguyễn Huy Dũng phê duyệt đề nghị gia hạn ngày"
                + " 04/01/2027 (quyết định ngày 05/01/2027): thời hạn mới 19/02/2027, thời hạn trước đó 15/01/2027.");
        var refused = new WorkNoticeRules.DeadlineDecided(TASK, ACTOR, ON, 9, false, LocalDate.of(2027, 1, 4), ON,
                "Thứ trưởng Nguyễn Huy Dũng", LocalDate.of(2027, 1, 15), LocalDate.of(2027, 1, 15), "Đủ thời gian.");
        assertThat(only(refused).to()).isEqualTo(LEAD);
        assertThat(only(refused).title()).startsWith("Gia hạn không được phê duyệt");
        assertThat(only(refused).body()).endsWith("thời hạn vẫn là 15/01/2027. Lý do: “Đủ thời gian.”.");
    }

    @Test
    void theDossierGoesToVuPhapCheThenBackToTheUnitThenToTheLeader() {
        var sent = new DossierNoticeRules.DossierSent(TASK, null, ON, 4);
        assertThat(only(sent).to()).isEqualTo(new To(Set.of(), false, true));
        assertThat(only(sent).link()).isEqualTo("/tasks/7/dossier");
        assertThat(sent.settles(open(1, NoticeRule.DOSSIER_RETURNED, "DOSSIER", 7, "d3", 11L))).isTrue();

        var returned = new DossierNoticeRules.DossierReviewed(TASK, "Chuyên viên Vụ Pháp chế", ON, 5, false, "Thiếu tờ trình.");
        assertThat(only(returned).rule()).isEqualTo(NoticeRule.DOSSIER_RETURNED);
        assertThat(only(returned).to()).isEqualTo(LEAD);
        assertThat(only(returned).link()).isEqualTo("/tasks/7/dossier#review-history");
        assertThat(only(returned).body()).startsWith("Vụ Pháp chế (Chuyên viên Vụ Pháp chế) trả lại hồ sơ ngày"
                + " 05/01/2027 với ý kiến: “Thiếu tờ trình.”.");
        assertThat(returned.settles(open(1, NoticeRule.DOSSIER_FOR_REVIEW, "DOSSIER", 7, "d4", 11L))).isTrue();

        var passed = new DossierNoticeRules.DossierReviewed(TASK, null, ON, 7, true, null);
        assertThat(only(passed).rule()).isEqualTo(NoticeRule.DOSSIER_PASSED);
        assertThat(only(passed).to()).isEqualTo(new To(Set.of(11L), true, false));

        var submission = new DossierNoticeRules.SubmissionRecorded(TASK, ACTOR, ON, 8, "45/TTr-BTTTT", ON);
        assertThat(only(submission).to()).isEqualTo(INVOLVED);
        assertThat(only(submission).link()).isEqualTo("/tasks/7/dossier#submission");
        assertThat(only(submission).body()).contains("văn bản số 45/TTr-BTTTT ngày 05/01/2027");
        assertThat(submission.settles(open(1, NoticeRule.DOSSIER_PASSED, "DOSSIER", 7, "d7", 11L))).isTrue();
    }

    @Test
    void aCompletedTaskSettlesEveryNoticeThatAsksAndNoneThatOnlyInforms() {
        var completed = new WorkNoticeRules.Completed(TASK, null, ON);
        assertThat(completed.notices()).isEmpty();
        Set<NoticeRule> settled = EnumSet.noneOf(NoticeRule.class);
        Arrays.stream(NoticeRule.values()).filter(r -> completed.settles(open(1, r, "TASK", 7, "x", 11L)))
                .forEach(settled::add);
        // The rounds' notices are about a proposal round, not a task.
        assertThat(EnumSet.complementOf(EnumSet.copyOf(settled))).containsExactlyInAnyOrder(NoticeRule.WEEKLY_DIGEST,
                NoticeRule.URGING_LETTER, NoticeRule.PLAN_APPROVED, NoticeRule.GUIDANCE_ANSWERED,
                NoticeRule.EXTENSION_DECIDED, NoticeRule.SUBMISSION_RECORDED, NoticeRule.ROUND_DUE_SOON,
                NoticeRule.ROUND_OVERDUE, NoticeRule.ROUND_URGED, NoticeRule.ROUND_OPENED, NoticeRule.ROUND_REVIEWED,
                NoticeRule.INDICATOR_AT_RISK);

        var reopened = new WorkNoticeRules.Reopened(TASK, "Chuyên viên Văn phòng Bộ", ON, LocalDate.of(2027, 1, 2));
        assertThat(only(reopened).to()).isEqualTo(INVOLVED);
        assertThat(only(reopened).body()).isEqualTo("Chuyên viên Văn phòng Bộ mở lại nhiệm vụ ngày 05/01/2027 (trước"
                + " đó ghi nhận hoàn thành ngày 02/01/2027); thời hạn 15/01/2027.");
    }

    @ParameterizedTest(name = "{0} {1} with the deadline now {2}, completed {3}: outdated {4}")
    @CsvSource(nullValues = "-", value = {
            "OVERDUE,     2027-01-15#0, 2027-01-15, false, false",
            "OVERDUE,     2027-01-15#2, 2027-02-19, false, true",
            "DUE_SOON,    2027-01-15,   2027-01-15, false, false",
            "DUE_SOON,    2027-01-15,   2027-01-15, true,  true",
            "ESCALATION,  2027-01-15,   2027-02-19, false, true",
            "ESCALATION,  2027-01-15,   -,          false, true",
            "MILESTONE_OVERDUE, 2027-01-15, 2027-02-19, true, false",
            "TASK_ASSIGNED, v1,         2027-02-19, true,  false" })
    void aDeadlineNoticeIsOutdatedOnceItsDeadlineIsNotTheTasks(NoticeRule rule, String occasion, LocalDate deadline,
            boolean completed, boolean outdated) {
        assertThat(WorkNoticeRules.outdated(open(1, rule, "TASK", 7, occasion, 11L), deadline, completed))
                .isEqualTo(outdated);
    }
}
