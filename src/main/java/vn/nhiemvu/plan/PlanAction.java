package vn.nhiemvu.plan;

/** What can be done to a task's plan. Who may do it is {@link PlanPermissions}; when, {@link PlanState}. */
public enum PlanAction {

    /** Drafting a version: the first one, or a revision of the approved one. */
    REVISE("lập phiên bản mới"),
    EDIT("sửa dự thảo"),
    SUBMIT("trình phê duyệt"),
    APPROVE("phê duyệt"),
    RETURN("trả lại kèm ý kiến"),
    COMPLETE_MILESTONE("ghi nhận hoàn thành mốc"),
    /** A progress report: the lead unit's, a coordinating unit's on its part, or the Office's for the lead unit. */
    REPORT_PROGRESS("báo cáo tiến độ"),
    /** Setting how often the task's units must report (or stopping it). */
    REQUIRE_REPORTS("yêu cầu báo cáo định kỳ");

    private final String label;

    PlanAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
