package vn.nhiemvu.task;

/** What a task produces; it decides, for instance, what its dossier must hold before legal review. */
public enum TaskKind {
    /** Đề án: a policy scheme to draft and submit. */
    SCHEME("Đề án"),
    /** Văn bản quy phạm pháp luật: a Nghị định, Thông tư, Quyết định of the Prime Minister… */
    LEGAL_DOCUMENT("Văn bản quy phạm pháp luật"),
    /** Báo cáo: a report to the Government or the Prime Minister. */
    REPORT("Báo cáo"),
    /** Any other task. */
    OTHER("Nhiệm vụ khác");

    private final String label;

    TaskKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
