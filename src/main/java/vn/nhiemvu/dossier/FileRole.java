package vn.nhiemvu.dossier;

/** What a file is to the dossier. */
public enum FileRole {

    DRAFT_DOCUMENT("Dự thảo văn bản"),
    EXPLANATORY_REPORT("Tờ trình"),
    OPINIONS("Ý kiến góp ý"),
    IMPACT_ASSESSMENT("Báo cáo đánh giá tác động"),
    /** The task's result (the report itself, a record of what was done): the step a report or other task completes with. */
    RESULT("Văn bản, báo cáo kết quả"),
    OTHER("Tài liệu khác");

    private final String label;

    FileRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
