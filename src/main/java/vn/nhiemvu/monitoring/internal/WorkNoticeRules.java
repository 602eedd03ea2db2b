package vn.nhiemvu.monitoring.internal;

import java.time.LocalDate;
import vn.nhiemvu.shared.DisplayDates;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import vn.nhiemvu.monitoring.NoticeRule;
import vn.nhiemvu.task.GuidanceRequest;

/**
 * Notices of what people do to a task (plain Java, ADR 0024): for each happening, which notices go to whom, saying
 * what, linking to which step; and which earlier notices about the task it settles, because what they asked for is
 * now done. Deadline notices are also settled when their deadline is no longer the task's ({@link #outdated}).
 *
 * <p>Who is told: the lead unit of what concerns its work (assignment, plan returned, answer, dossier returned or
 * passed); the coordinating units too where the task's course changes for them (assignment, plan approved, deadline
 * extended, submission, reopening); the task's leader of what waits for a leader (a plan to approve, a request to
 * decide, a dossier to submit); Vụ Pháp chế of a dossier to review. Notices that ask for something are settled when
 * it is done; those that only inform stay until read. The dossier's happenings are in {@link DossierNoticeRules}.
 */
final class WorkNoticeRules {


    /** What a completed task no longer asks anyone to do: every notice that asks, none that only informs. */
    static final Set<NoticeRule> SETTLED_BY_COMPLETION = EnumSet.of(NoticeRule.DUE_SOON, NoticeRule.OVERDUE,
            NoticeRule.ESCALATION, NoticeRule.MILESTONE_DUE_SOON, NoticeRule.MILESTONE_OVERDUE,
            NoticeRule.MISSING_REPORT, NoticeRule.REQUEST_UNDECIDED, NoticeRule.TASK_ASSIGNED,
            NoticeRule.PLAN_SUBMITTED, NoticeRule.PLAN_RETURNED, NoticeRule.REQUEST_SENT,
            NoticeRule.DOSSIER_FOR_REVIEW, NoticeRule.DOSSIER_RETURNED, NoticeRule.DOSSIER_PASSED,
            NoticeRule.TASK_REOPENED);

    private static final Set<NoticeRule> DEADLINE = EnumSet.of(NoticeRule.DUE_SOON, NoticeRule.OVERDUE,
            NoticeRule.ESCALATION);

    private static final Set<NoticeRule> MILESTONE = EnumSet.of(NoticeRule.MILESTONE_DUE_SOON,
            NoticeRule.MILESTONE_OVERDUE);

    private WorkNoticeRules() {
    }

    record UnitRef(long id, String name) {
    }

    /**
     * The task as notices name it.
     *
     * @param version  the task's version after the change (what makes a second assignment a new occasion)
     * @param leader   the supervising leader's title and name, or null
     * @param deadline the deadline in force, or null
     * @param directive the assigning document ("Chỉ thị 75/CT-BTTTT"), or null
     */
    record TaskInfo(long id, long version, String title, UnitRef lead, List<UnitRef> coordinating, String leader,
            LocalDate deadline, String directive) {

        TaskInfo {
            coordinating = List.copyOf(coordinating);
        }

        Set<Long> coordinatingIds() {
            return coordinating.stream().map(UnitRef::id).collect(Collectors.toCollection(LinkedHashSet::new));
        }
    }

    /** Whom a notice goes to: the accounts of the units; the task's leader; Vụ Pháp chế. */
    record To(Set<Long> units, boolean leader, boolean legal) {

        To {
            units = Set.copyOf(units);
        }

        static To units(Set<Long> units) {
            return new To(units, false, false);
        }
    }

    /** A notice to record. */
    record Planned(NoticeRule rule, String subjectType, long subjectId, String occasion, String title, String body,
            String link, To to) {
    }

    /** A notice about the task recorded before and not yet settled. */
    record Open(long id, NoticeRule rule, String subjectType, long subjectId, String occasion, Long unitId) {
    }

    /** Something done to a task: the notices it sends and the earlier notices it settles. */
    sealed interface Happening permits Assigned, PlanSubmitted, PlanDecided, MilestoneCompleted, ProgressReported,
            RequestSent, RequestDecided, DeadlineDecided, DossierNoticeRules.DossierSent,
            DossierNoticeRules.DossierReviewed, DossierNoticeRules.SubmissionRecorded, Completed, Reopened {

        TaskInfo task();

        /** Who did it, by name (null: the system). */
        String actor();

        LocalDate on();

        /** The notices the happening sends. */
        default List<Planned> notices() {
            return List.of();
        }

        /** Whether the happening settles the open notice: what the notice asked for is done now. */
        default boolean settles(Open notice) {
            return false;
        }
    }

    /**
     * A task given to units: a new task ({@code formerLead} null, {@code leadAssigned}), a new lead unit, or new
     * coordinating units. A new lead unit settles what was asked of the former one.
     */
    record Assigned(TaskInfo task, String actor, LocalDate on, boolean leadAssigned, UnitRef formerLead,
            List<UnitRef> newCoordinating) implements Happening {

        Assigned {
            newCoordinating = List.copyOf(newCoordinating);
        }

        @Override
        public List<Planned> notices() {
            TaskInfo t = task;
            String terms = (t.directive() == null ? "" : " theo " + t.directive()) + ", " + deadline(t) + ".";
            String giver = actor == null ? "" : " Người giao: " + actor + ".";
            var out = new ArrayList<Planned>();
            if (leadAssigned && t.lead() != null) {
                out.add(new Planned(NoticeRule.TASK_ASSIGNED, "TASK", t.id(), "v" + t.version(),
                        "Được giao chủ trì: " + t.title(),
                        t.lead().name() + " được giao chủ trì nhiệm vụ"
                                + (formerLead == null ? "" : " (thay " + formerLead.name() + ")") + terms
                                + (t.coordinating().isEmpty() ? "" : " Đơn vị phối hợp: " + names(t.coordinating()) + ".")
                                + (t.leader() == null ? "" : " Lãnh đạo Bộ phụ trách: " + t.leader() + ".") + giver,
                        page(t), To.units(Set.of(t.lead().id()))));
            }
            if (!newCoordinating.isEmpty()) {
                out.add(new Planned(NoticeRule.TASK_ASSIGNED, "TASK", t.id(), "v" + t.version() + "-phoi-hop",
                        "Được giao phối hợp: " + t.title(),
                        names(newCoordinating) + " được giao phối hợp"
                                + (t.lead() == null ? "" : " với " + t.lead().name() + " (chủ trì)")
                                + " thực hiện nhiệm vụ" + terms + giver,
                        page(t), To.units(newCoordinating.stream().map(UnitRef::id).collect(Collectors.toSet()))));
            }
            return out;
        }

        @Override
        public boolean settles(Open notice) {
            return formerLead != null && Objects.equals(notice.unitId(), formerLead.id());
        }
    }

    /** @param planVersion the plan version's lock counter after the change: a version submitted twice differs */
    record PlanSubmitted(TaskInfo task, String actor, LocalDate on, int number, long planVersion, int milestones,
            LocalDate lastDue) implements Happening {

        @Override
        public List<Planned> notices() {
            return List.of(new Planned(NoticeRule.PLAN_SUBMITTED, "PLAN", task.id(), "v" + number + "." + planVersion,
                    "Kế hoạch chờ phê duyệt: " + task.title(),
                    leadName(task) + " trình kế hoạch thực hiện phiên bản " + number + " (" + milestones + " mốc"
                            + (lastDue == null ? "" : ", mốc cuối " + DisplayDates.date(lastDue)) + ") ngày " + DisplayDates.date(on)
                            + (actor == null ? "" : "; người trình: " + actor) + "; nhiệm vụ " + deadline(task)
                            + ". Kính đề nghị Lãnh đạo Bộ phê duyệt hoặc trả lại kèm ý kiến.",
                    // The leader's inbox already lists the plan to approve under this link.
                    page(task) + "/plan", new To(Set.of(), true, false)));
        }

        @Override
        public boolean settles(Open notice) {
            return notice.rule() == NoticeRule.PLAN_RETURNED;
        }
    }

    /** @param openMilestones the approved version's milestones not completed (empty when returned) */
    record PlanDecided(TaskInfo task, String actor, LocalDate on, int number, long planVersion, boolean approved,
            String comment, Set<Long> openMilestones) implements Happening {

        PlanDecided {
            openMilestones = Set.copyOf(openMilestones);
        }

        @Override
        public List<Planned> notices() {
            String leader = actor == null ? "Lãnh đạo Bộ" : actor;
            String link = page(task) + "/plan#plan-version-" + number;
            String occasion = "v" + number + "." + planVersion;
            return List.of(approved
                    ? new Planned(NoticeRule.PLAN_APPROVED, "PLAN", task.id(), occasion,
                            "Kế hoạch được phê duyệt: " + task.title(),
                            "Kế hoạch thực hiện phiên bản " + number + " của " + leadName(task) + " đã được " + leader
                                    + " phê duyệt ngày " + DisplayDates.date(on)
                                    + ". Các đơn vị thực hiện theo các mốc của kế hoạch.",
                            link, To.units(involved(task)))
                    : new Planned(NoticeRule.PLAN_RETURNED, "PLAN", task.id(), occasion,
                            "Kế hoạch bị trả lại: " + task.title(),
                            leader + " trả lại kế hoạch thực hiện phiên bản " + number + " ngày " + DisplayDates.date(on)
                                    + quoted(" với ý kiến: ", comment) + " Đơn vị chỉnh sửa rồi trình lại.",
                            link, To.units(lead(task))));
        }

        /** The plan is decided; an approved plan's milestones replace the earlier ones. */
        @Override
        public boolean settles(Open notice) {
            return notice.rule() == NoticeRule.PLAN_SUBMITTED
                    || approved && MILESTONE.contains(notice.rule()) && !openMilestones.contains(notice.subjectId());
        }
    }

    /** A milestone of the approved plan was completed; {@code openMilestones} are those left. */
    record MilestoneCompleted(TaskInfo task, String actor, LocalDate on, Set<Long> openMilestones)
            implements Happening {

        MilestoneCompleted {
            openMilestones = Set.copyOf(openMilestones);
        }

        @Override
        public boolean settles(Open notice) {
            return MILESTONE.contains(notice.rule()) && !openMilestones.contains(notice.subjectId());
        }
    }

    /** @param byLead whether the lead unit reported (not a coordinating unit on its part) */
    record ProgressReported(TaskInfo task, String actor, LocalDate on, boolean byLead) implements Happening {

        @Override
        public boolean settles(Open notice) {
            return byLead && notice.rule() == NoticeRule.MISSING_REPORT;
        }
    }

    record RequestSent(TaskInfo task, String actor, LocalDate on, long requestId, GuidanceRequest.Kind kind,
            String obstacle, LocalDate proposedDeadline) implements Happening {

        @Override
        public List<Planned> notices() {
            return List.of(new Planned(NoticeRule.REQUEST_SENT, "REQUEST", requestId, "sent",
                    kind.label() + ": " + task.title(),
                    leadName(task) + " gửi ngày " + DisplayDates.date(on) + (actor == null ? "" : " (" + actor + ")") + "."
                            + quoted(" Khó khăn, vướng mắc: ", obstacle)
                            + (proposedDeadline == null ? ""
                                    : " Thời hạn đề nghị: " + DisplayDates.date(proposedDeadline) + " (hiện nay "
                                            + deadline(task) + ").")
                            + " Kính đề nghị Lãnh đạo Bộ cho ý kiến.",
                    // The leader's inbox already lists the request to decide under this link.
                    page(task) + "#guidance-requests", new To(Set.of(), true, false)));
        }
    }

    /** A decided extension (approved or rejected) is told by its {@link DeadlineDecided}; the rest here. */
    record RequestDecided(TaskInfo task, String actor, LocalDate on, long requestId, GuidanceRequest.Kind kind,
            GuidanceRequest.State state, LocalDate requestedOn, String answer) implements Happening {

        @Override
        public List<Planned> notices() {
            if (kind == GuidanceRequest.Kind.EXTENSION && state != GuidanceRequest.State.ANSWERED) {
                return List.of();
            }
            return List.of(new Planned(NoticeRule.GUIDANCE_ANSWERED, "REQUEST", requestId, "decided",
                    "Ý kiến chỉ đạo: " + task.title(),
                    (actor == null ? "Lãnh đạo Bộ" : actor)
                            + (state == GuidanceRequest.State.REJECTED ? " không đồng ý với " : " cho ý kiến về ")
                            + kind.label().toLowerCase(Locale.ROOT) + " gửi ngày " + DisplayDates.date(requestedOn)
                            + " (ý kiến ngày " + DisplayDates.date(on) + ")" + quoted(": ", answer),
                    page(task) + "#guidance-requests", To.units(lead(task))));
        }

        @Override
        public boolean settles(Open notice) {
            return (notice.rule() == NoticeRule.REQUEST_SENT || notice.rule() == NoticeRule.REQUEST_UNDECIDED)
                    && "REQUEST".equals(notice.subjectType()) && notice.subjectId() == requestId;
        }
    }

    /**
     * Leadership's decision on a new deadline, recorded (from a request or from a paper decision); the deadline
     * notices it makes untrue are {@link #outdated}.
     *
     * @param decidedBy the decider's name as recorded
     * @param previous  the deadline in force before the decision, {@code inForce} after it
     */
    record DeadlineDecided(TaskInfo task, String actor, LocalDate on, long changeId, boolean approved,
            LocalDate requestedOn, LocalDate decidedOn, String decidedBy, LocalDate previous, LocalDate inForce,
            String reason) implements Happening {

        @Override
        public List<Planned> notices() {
            return List.of(new Planned(NoticeRule.EXTENSION_DECIDED, "CHANGE", changeId, "decided",
                    (approved ? "Gia hạn được phê duyệt: " : "Gia hạn không được phê duyệt: ") + task.title(),
                    decidedBy + (approved ? " phê duyệt" : " không phê duyệt") + " đề nghị gia hạn ngày "
                            + DisplayDates.date(requestedOn) + " (quyết định ngày " + DisplayDates.date(decidedOn) + "): "
                            + (approved ? "thời hạn mới " + day(inForce) + ", thời hạn trước đó " + day(previous)
                                    : "thời hạn vẫn là " + day(inForce))
                            + quoted(". Lý do: ", reason),
                    page(task) + "#deadline-changes", To.units(approved ? involved(task) : lead(task))));
        }
    }

    /** Nothing is asked of anyone about a completed task any more. */
    record Completed(TaskInfo task, String actor, LocalDate on) implements Happening {

        @Override
        public boolean settles(Open notice) {
            return SETTLED_BY_COMPLETION.contains(notice.rule());
        }
    }

    record Reopened(TaskInfo task, String actor, LocalDate on, LocalDate wasCompletedOn) implements Happening {

        @Override
        public List<Planned> notices() {
            return List.of(new Planned(NoticeRule.TASK_REOPENED, "TASK", task.id(), "v" + task.version(),
                    "Nhiệm vụ được mở lại: " + task.title(),
                    (actor == null ? "Văn phòng Bộ" : actor) + " mở lại nhiệm vụ ngày " + DisplayDates.date(on)
                            + (wasCompletedOn == null ? ""
                                    : " (trước đó ghi nhận hoàn thành ngày " + DisplayDates.date(wasCompletedOn) + ")")
                            + "; " + deadline(task) + ".",
                    page(task), To.units(involved(task))));
        }
    }

    /**
     * Whether a deadline notice no longer holds: it spoke of a deadline that is not the task's any more (extended,
     * corrected), or the task is completed. The sweep says what the new deadline calls for.
     */
    static boolean outdated(Open notice, LocalDate applicableDeadline, boolean completed) {
        if (!DEADLINE.contains(notice.rule())) {
            return false;
        }
        String occasion = notice.occasion();
        int repetition = occasion.indexOf('#');
        String deadline = repetition < 0 ? occasion : occasion.substring(0, repetition);
        return completed || applicableDeadline == null || !deadline.equals(applicableDeadline.toString());
    }

    static String page(TaskInfo t) {
        return "/tasks/" + t.id();
    }

    static Set<Long> lead(TaskInfo t) {
        return t.lead() == null ? Set.of() : Set.of(t.lead().id());
    }

    static Set<Long> involved(TaskInfo t) {
        var units = new LinkedHashSet<Long>(lead(t));
        units.addAll(t.coordinatingIds());
        return units;
    }

    static String leadName(TaskInfo t) {
        return t.lead() == null ? "Đơn vị chủ trì" : t.lead().name();
    }

    private static String deadline(TaskInfo t) {
        return t.deadline() == null ? "không có thời hạn" : "thời hạn " + DisplayDates.date(t.deadline());
    }

    private static String day(LocalDate date) {
        return date == null ? "không có" : DisplayDates.date(date);
    }

    private static String names(List<UnitRef> units) {
        return units.stream().map(UnitRef::name).collect(Collectors.joining(", "));
    }

    /** The text in quotation marks after the lead-in, ending the sentence; nothing when there is no text. */
    static String quoted(String leadIn, String text) {
        return text == null || text.isBlank() ? "." : leadIn + "“" + text.strip() + "”.";
    }
}
