package vn.nhiemvu.task.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import vn.nhiemvu.audit.AuditLog;
import vn.nhiemvu.directive.Directives;
import vn.nhiemvu.evaluation.DeadlineChange;
import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.organization.Organization;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.shared.Message;
import vn.nhiemvu.task.GuidanceRequest;
import vn.nhiemvu.task.TaskDeadlineChange;
import vn.nhiemvu.task.TaskManagement;
import vn.nhiemvu.task.TaskPrintSection;
import vn.nhiemvu.task.TaskPrintSource;
import vn.nhiemvu.task.TaskView;

/**
 * A task's record as printed ("In / Tải PDF"): the task with its deadline changes, requests and history, and the
 * parts other modules keep (plan, progress, dossier) from every {@link TaskPrintSource}, in order.
 */
@Component
class TaskRecord {


    private final TaskManagement tasks;
    private final Directives directives;
    private final Organization organization;
    private final AuditLog auditLog;
    private final Accounts accounts;
    private final List<TaskPrintSource> sources;
    private final Clock clock;

    TaskRecord(TaskManagement tasks, Directives directives, Organization organization, AuditLog auditLog,
            Accounts accounts, List<TaskPrintSource> sources, Clock clock) {
        this.tasks = tasks;
        this.directives = directives;
        this.organization = organization;
        this.auditLog = auditLog;
        this.accounts = accounts;
        this.sources = List.copyOf(sources);
        this.clock = clock;
    }

    /** The task as of the date, and every part of its record in order. */
    record Printed(TaskView task, LocalDate printedOn, List<TaskPrintSection> sections) {
    }

    /** The task must be in the user's scope (else not found, before any other module is asked). */
    Printed of(CurrentUser user, long id, LocalDate asOf, EvaluationPolicy.Kind policy) {
        TaskView task = tasks.get(user, id, asOf, policy);
        UnaryOperator<String> names = accounts::nameOf;
        var sections = new ArrayList<TaskPrintSection>();
        sections.add(facts(user, task, names));
        if (!task.deadlineChanges().isEmpty()) {
            sections.add(deadlineChanges(task.deadlineChanges(), names));
        }
        sections.add(requests(tasks.guidanceRequests(user, id), names));
        sections.add(history(user, id, names));
        sources.forEach(source -> sections.addAll(source.sections(user, id)));
        sections.sort(Comparator.comparingInt(TaskPrintSection::order));
        return new Printed(task, LocalDate.now(clock), sections);
    }

    private TaskPrintSection facts(CurrentUser user, TaskView t, UnaryOperator<String> names) {
        var rows = new ArrayList<List<String>>();
        rows.add(List.of("Số nhiệm vụ", String.valueOf(t.id())));
        rows.add(List.of("Tên nhiệm vụ", t.title()));
        rows.add(List.of("Loại nhiệm vụ", t.kind().label()));
        rows.add(List.of("Văn bản giao", t.directive() == null ? "Không có (nhiệm vụ độc lập)"
                : t.directive().kind() + " số " + t.directive().number() + directives.find(user, t.directive().id())
                        .map(d -> " ngày " + DisplayDates.date(d.issueDate())).orElse("")));
        if (t.parent() != null) {
            rows.add(List.of("Nhiệm vụ cha", t.parent().title()));
        }
        if (t.subTasks() != null) {
            rows.add(List.of("Nhiệm vụ con", t.subTasks().completed() + "/" + t.subTasks().total() + " đã hoàn thành"));
        }
        rows.add(List.of("Đơn vị chủ trì", t.leadUnit() == null ? "" : t.leadUnit().name()));
        rows.add(List.of("Đơn vị phối hợp", t.coordinatingUnits().isEmpty() ? "Không có"
                : String.join(", ", t.coordinatingUnits().stream().map(TaskView.UnitRef::name).toList())));
        rows.add(List.of("Lãnh đạo Bộ phụ trách", t.supervisingLeader() == null ? "Chưa giao"
                : t.supervisingLeader().title() + " " + t.supervisingLeader().fullName()));
        rows.add(List.of("Thời hạn", (t.deadline() == null ? "Không có" : DisplayDates.date(t.deadline()))
                + (t.deadlineText() == null ? "" : " (theo văn bản: " + t.deadlineText() + ")")));
        if (t.applicableDeadline() != null && !t.applicableDeadline().equals(t.deadline())) {
            rows.add(List.of("Thời hạn áp dụng", DisplayDates.date(t.applicableDeadline())));
        }
        rows.add(List.of("Tình trạng", t.statusLabel() + " (tính đến ngày " + DisplayDates.date(t.asOf()) + ")"));
        rows.add(List.of("Lý do", t.statusReason()));
        if (t.completedAt() != null) {
            rows.add(List.of("Ngày hoàn thành", DisplayDates.date(t.completedAt())
                    + (t.completedBy() == null ? "" : ", ghi nhận bởi " + names.apply(t.completedBy().username()))));
        }
        if (t.product() != null) {
            rows.add(List.of("Sản phẩm", t.product()));
        }
        if (t.description() != null) {
            rows.add(List.of("Nội dung", t.description()));
        }
        rows.add(List.of("Nhập vào hệ thống", DisplayDates.of(t.createdAt(), false) + ", "
                + names.apply(t.createdBy())));
        return new TaskPrintSection(10, "Thông tin nhiệm vụ", List.of(), List.of(new TaskPrintSection.Table(null,
                List.of(), rows)));
    }

    private static TaskPrintSection deadlineChanges(List<TaskDeadlineChange> changes, UnaryOperator<String> names) {
        var rows = new ArrayList<List<String>>();
        for (TaskDeadlineChange c : changes) {
            rows.add(List.of(DisplayDates.date(c.requestedOn()), DisplayDates.date(c.proposedDeadline()),
                    c.decision() == DeadlineChange.Decision.APPROVED ? "Phê duyệt" : "Không phê duyệt",
                    DisplayDates.date(c.decidedOn()), names.apply(c.decidedBy()),
                    String.join(" ", nonNull(c.requestRef()), nonNull(c.reason())).strip()));
        }
        return new TaskPrintSection(20, "Điều chỉnh thời hạn", List.of(), List.of(new TaskPrintSection.Table(null,
                List.of("Ngày đề nghị", "Thời hạn đề nghị", "Quyết định", "Ngày quyết định", "Người quyết định",
                        "Văn bản, lý do"), rows)));
    }

    private static TaskPrintSection requests(List<GuidanceRequest> requests, UnaryOperator<String> names) {
        if (requests.isEmpty()) {
            return new TaskPrintSection(50, "Xin ý kiến chỉ đạo, đề nghị gia hạn",
                    List.of("Đơn vị chưa xin ý kiến chỉ đạo hay đề nghị gia hạn."), List.of());
        }
        var rows = new ArrayList<List<String>>();
        for (GuidanceRequest r : requests) {
            String outcome = r.state().label()
                    + (r.approvedDeadline() == null ? "" : ", thời hạn mới " + DisplayDates.date(r.approvedDeadline()))
                    + (r.decidedOn() == null ? "" : ", ngày " + DisplayDates.date(r.decidedOn()) + " (" + names.apply(r.decidedBy()) + ")")
                    + (r.answer() == null ? "" : ": " + r.answer());
            rows.add(List.of(DisplayDates.date(r.requestedOn()) + ", " + names.apply(r.requestedBy()), r.kind().label(),
                    r.obstacle(), nonNull(r.proposedSolution())
                            + (r.proposedDeadline() == null ? "" : " (đề nghị thời hạn " + DisplayDates.date(r.proposedDeadline()) + ")"),
                    outcome));
        }
        return new TaskPrintSection(50, "Xin ý kiến chỉ đạo, đề nghị gia hạn", List.of(), List.of(
                new TaskPrintSection.Table(null, List.of("Ngày, người đề nghị", "Loại", "Khó khăn, vướng mắc",
                        "Đề xuất", "Ý kiến của Lãnh đạo Bộ"), rows)));
    }

    private TaskPrintSection history(CurrentUser user, long id, UnaryOperator<String> names) {
        var rows = new ArrayList<List<String>>();
        for (HistoryLines.Line line : HistoryLines.of(auditLog.history("TASK", id),
                HistoryLines.Names.of(user, organization, directives, names))) {
            rows.add(List.of(line.when(), line.actor(), line.action().vietnamese(),
                    String.join("; ", line.changes().stream().map(Message::vietnamese).toList())));
        }
        return new TaskPrintSection(90, "Lịch sử thay đổi", List.of(), List.of(new TaskPrintSection.Table(null,
                List.of("Thời điểm", "Người thực hiện", "Việc", "Thay đổi"), rows)));
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
