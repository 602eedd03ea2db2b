package vn.nhiemvu.plan.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.stereotype.Component;

import vn.nhiemvu.identity.Accounts;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.shared.DisplayDates;
import vn.nhiemvu.plan.Milestone;
import vn.nhiemvu.plan.PlanVersion;
import vn.nhiemvu.plan.Plans;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.plan.TaskPlan;
import vn.nhiemvu.task.TaskPrintSection;
import vn.nhiemvu.task.TaskPrintSource;

/** The plan's parts of a task's printed record: the plan in force with its milestones and versions, the progress reports. */
@Component
class PlanPrintSections implements TaskPrintSource {


    private final Plans plans;
    private final Accounts accounts;

    PlanPrintSections(Plans plans, Accounts accounts) {
        this.plans = plans;
        this.accounts = accounts;
    }

    @Override
    public List<TaskPrintSection> sections(CurrentUser user, long taskId) {
        UnaryOperator<String> names = accounts::nameOf;
        return List.of(plan(plans.plan(user, taskId), names), progress(plans.reports(user, taskId)));
    }

    private TaskPrintSection plan(TaskPlan plan, UnaryOperator<String> names) {
        if (plan.versions().isEmpty()) {
            return new TaskPrintSection(30, "Kế hoạch thực hiện", List.of("Chưa có kế hoạch thực hiện."), List.of());
        }
        PlanVersion shown = plan.current() != null ? plan.current() : plan.latest();
        String lead = plan.current() != null
                ? "Kế hoạch đang áp dụng: phiên bản " + shown.number() + ", phê duyệt ngày " + day(shown.decidedAt())
                        + " (" + names.apply(shown.decidedBy()) + ")."
                : "Chưa có kế hoạch được phê duyệt; phiên bản mới nhất là phiên bản " + shown.number() + " ("
                        + shown.state().label().toLowerCase() + ").";
        var milestones = new ArrayList<List<String>>();
        int i = 1;
        for (Milestone m : shown.milestones()) {
            milestones.add(List.of(String.valueOf(i++), m.title(), text(m.expectedProduct()), day(m.dueDate()),
                    m.completedOn() == null ? "Chưa hoàn thành" : day(m.completedOn())));
        }
        var versions = new ArrayList<List<String>>();
        for (PlanVersion v : plan.versions()) {
            versions.add(List.of(String.valueOf(v.number()), v.state().label(),
                    names.apply(v.createdBy()) + ", " + day(v.createdAt()),
                    v.submittedAt() == null ? "" : names.apply(v.submittedBy()) + ", " + day(v.submittedAt()),
                    v.decidedAt() == null ? "" : names.apply(v.decidedBy()) + ", " + day(v.decidedAt()),
                    text(v.returnComment())));
        }
        return new TaskPrintSection(30, "Kế hoạch thực hiện", List.of(lead), List.of(
                new TaskPrintSection.Table("Các mốc của phiên bản " + shown.number(),
                        List.of("STT", "Mốc", "Sản phẩm", "Hạn", "Hoàn thành"), milestones),
                new TaskPrintSection.Table("Các phiên bản",
                        List.of("Phiên bản", "Trạng thái", "Lập", "Trình", "Phê duyệt / trả lại", "Ý kiến khi trả lại"),
                        versions)));
    }

    private TaskPrintSection progress(List<ProgressReport> reports) {
        if (reports.isEmpty()) {
            return new TaskPrintSection(40, "Báo cáo tiến độ", List.of("Chưa có báo cáo tiến độ."), List.of());
        }
        var rows = new ArrayList<List<String>>();
        for (ProgressReport r : reports) {
            rows.add(List.of(day(r.createdAt()), r.unitName() + ("COORDINATING".equals(r.part()) ? " (phối hợp)" : ""),
                    r.percent() + " %", r.done() + (r.milestoneTitle() == null ? "" : " (mốc: " + r.milestoneTitle() + ")"),
                    text(r.obstacles()), text(r.nextSteps())));
        }
        return new TaskPrintSection(40, "Báo cáo tiến độ", List.of(), List.of(new TaskPrintSection.Table(null,
                List.of("Ngày", "Đơn vị", "Tiến độ", "Kết quả", "Khó khăn, vướng mắc", "Việc tiếp theo"), rows)));
    }


    private static String day(Instant at) {
        return DisplayDates.of(at, false);
    }

    private static String day(LocalDate date) {
        return DisplayDates.date(date);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
