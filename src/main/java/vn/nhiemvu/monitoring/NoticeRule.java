package vn.nhiemvu.monitoring;

/** Why a notice was sent; each rule sends at most one notice per subject and occasion. */
public enum NoticeRule {

    DUE_SOON("Sắp đến hạn"),
    OVERDUE("Quá hạn"),
    ESCALATION("Báo cáo Lãnh đạo Bộ về nhiệm vụ quá hạn"),
    MILESTONE_DUE_SOON("Mốc kế hoạch sắp đến hạn"),
    MILESTONE_OVERDUE("Mốc kế hoạch quá hạn"),
    MISSING_REPORT("Chưa báo cáo tiến độ"),
    REQUEST_UNDECIDED("Đề nghị chưa được cho ý kiến"),
    WEEKLY_DIGEST("Tổng hợp hằng tuần"),
    URGING_LETTER("Phiếu đôn đốc");

    private final String label;

    NoticeRule(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
