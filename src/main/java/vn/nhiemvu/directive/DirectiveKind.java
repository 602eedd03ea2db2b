package vn.nhiemvu.directive;

import vn.nhiemvu.shared.Message;

/** The kinds of document that assign tasks (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
public enum DirectiveKind {
    CHI_THI,
    NGHI_QUYET,
    QUYET_DINH,
    CONG_VAN,
    THONG_BAO_KET_LUAN,
    THONG_BAO,
    KE_HOACH,
    CHUONG_TRINH,
    CONG_DIEN,
    OTHER;

    public String code() {
        return "directive.kind." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }
}
