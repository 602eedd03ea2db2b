package vn.nhiemvu.task;

import vn.nhiemvu.shared.Message;

/** What a task produces; it decides, for instance, what its dossier must hold before legal review. */
public enum TaskKind {
    /** Đề án: a policy scheme to draft and submit. */
    SCHEME,
    /** Văn bản quy phạm pháp luật: a Nghị định, Thông tư, Quyết định of the Prime Minister… */
    LEGAL_DOCUMENT,
    /** Báo cáo: a report to the Government or the Prime Minister. */
    REPORT,
    /** Any other task. */
    OTHER;

    public String code() {
        return "task.kind." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }
}
