package vn.nhiemvu.monitoring;

/**
 * Why a notice was sent; each rule sends at most one notice per subject and occasion. The deadline rules speak when
 * the calendar says so (the sweep); the work rules when someone does something to a task (ADR 0024).
 */
public enum NoticeRule {

    DUE_SOON("Sắp đến hạn", Group.DEADLINES),
    OVERDUE("Quá hạn", Group.DEADLINES),
    ESCALATION("Báo cáo Lãnh đạo Bộ về nhiệm vụ quá hạn", Group.DEADLINES),
    MILESTONE_DUE_SOON("Mốc kế hoạch sắp đến hạn", Group.DEADLINES),
    MILESTONE_OVERDUE("Mốc kế hoạch quá hạn", Group.DEADLINES),
    MISSING_REPORT("Chưa báo cáo tiến độ", Group.DEADLINES),
    REQUEST_UNDECIDED("Đề nghị chưa được cho ý kiến", Group.DEADLINES),
    WEEKLY_DIGEST("Tổng hợp hằng tuần", Group.DEADLINES),
    URGING_LETTER("Phiếu đôn đốc", Group.DEADLINES),

    TASK_ASSIGNED("Được giao nhiệm vụ", Group.WORK),
    PLAN_SUBMITTED("Kế hoạch chờ phê duyệt", Group.WORK),
    PLAN_APPROVED("Kế hoạch được phê duyệt", Group.WORK),
    PLAN_RETURNED("Kế hoạch bị trả lại", Group.WORK),
    REQUEST_SENT("Đề nghị chờ Lãnh đạo Bộ cho ý kiến", Group.WORK),
    GUIDANCE_ANSWERED("Ý kiến chỉ đạo của Lãnh đạo Bộ", Group.WORK),
    EXTENSION_DECIDED("Quyết định về đề nghị gia hạn", Group.WORK),
    DOSSIER_FOR_REVIEW("Hồ sơ chờ thẩm định", Group.WORK),
    DOSSIER_RETURNED("Hồ sơ bị trả lại", Group.WORK),
    DOSSIER_PASSED("Hồ sơ đã thông qua thẩm định", Group.WORK),
    SUBMISSION_RECORDED("Đã trình", Group.WORK),
    TASK_REOPENED("Nhiệm vụ được mở lại", Group.WORK);

    /** How the rules are grouped where people choose what they receive. */
    public enum Group {
        DEADLINES("Thời hạn và đôn đốc"), WORK("Việc được giao và kết quả xử lý");

        private final String label;

        Group(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    private final String label;
    private final Group group;

    NoticeRule(String label, Group group) {
        this.label = label;
        this.group = group;
    }

    public String label() {
        return label;
    }

    public Group group() {
        return group;
    }
}
