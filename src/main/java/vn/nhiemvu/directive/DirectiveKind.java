package vn.nhiemvu.directive;

/** The kinds of document that assign tasks (Nghị định 30/2020/NĐ-CP, Phụ lục III). */
public enum DirectiveKind {
    CHI_THI("Chỉ thị"),
    NGHI_QUYET("Nghị quyết"),
    QUYET_DINH("Quyết định"),
    CONG_VAN("Công văn"),
    THONG_BAO_KET_LUAN("Thông báo kết luận"),
    THONG_BAO("Thông báo"),
    KE_HOACH("Kế hoạch"),
    CHUONG_TRINH("Chương trình"),
    CONG_DIEN("Công điện"),
    OTHER("Văn bản khác");

    private final String label;

    DirectiveKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
