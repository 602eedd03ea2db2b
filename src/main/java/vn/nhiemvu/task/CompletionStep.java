package vn.nhiemvu.task;

/**
 * A step of the path to a task's completion (Chỉ thị 75: plan, product, legal review, submission) that a kind of task
 * may require before it is completed; which kind requires which is configured ({@link CompletionPolicy}, ADR 0025).
 * The task module learns which steps a task has done from the modules that record them ({@link TaskStepSource}).
 */
public enum CompletionStep {

    /** An implementation plan approved by leadership (plan module). */
    PLAN_APPROVED("kế hoạch thực hiện được Lãnh đạo Bộ phê duyệt",
            "lập kế hoạch thực hiện và trình Lãnh đạo Bộ phê duyệt (mục “Kế hoạch thực hiện”)"),
    /** A result file in the dossier (a file of role RESULT), or a dossier submitted: the product exists. */
    RESULT_FILE("có tệp kết quả (văn bản, báo cáo kết quả) trong hồ sơ",
            "tải văn bản, báo cáo kết quả lên mục “Hồ sơ” với loại tài liệu “Văn bản, báo cáo kết quả”"),
    /** The Legal Department passed the dossier (dossier module). */
    LEGAL_REVIEW_PASSED("Vụ Pháp chế thông qua thẩm định hồ sơ",
            "gửi hồ sơ đủ thành phần để Vụ Pháp chế thẩm định (mục “Hồ sơ”)"),
    /** The submission (trình) was recorded with its document's number and date; it completes the task. */
    SUBMISSION_RECORDED("đã ghi nhận việc trình (số, ngày văn bản trình)",
            "Lãnh đạo Bộ phụ trách hoặc Văn phòng Bộ ghi nhận việc trình ở mục “Hồ sơ”; nhiệm vụ được ghi nhận hoàn thành vào ngày văn bản trình");

    private final String label;
    private final String howTo;

    CompletionStep(String label, String howTo) {
        this.label = label;
        this.howTo = howTo;
    }

    /** The step as it reads inside a sentence ("còn thiếu: …"). */
    public String label() {
        return label;
    }

    /** What to do to take the step, in Vietnamese, for the page and the refusal. */
    public String howTo() {
        return howTo;
    }
}
