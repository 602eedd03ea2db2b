package vn.nhiemvu.dossier;

/**
 * Where a dossier stands: DRAFT → SUBMITTED_FOR_REVIEW → RETURNED (→ SUBMITTED_FOR_REVIEW …) or PASSED → SUBMITTED, and
 * SUBMITTED → PASSED again when the task is reopened (the submission is recorded anew; the old one stays in history).
 */
public enum DossierState {

    DRAFT("Đang lập hồ sơ"),
    SUBMITTED_FOR_REVIEW("Chờ Vụ Pháp chế thẩm định"),
    RETURNED("Bị trả lại để hoàn thiện"),
    PASSED("Đã thông qua thẩm định"),
    SUBMITTED("Đã trình");

    private final String label;

    DossierState(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
