package vn.nhiemvu.identity;

/** What an account may see and do. Scope is enforced by the modules' services, not only by URLs. */
public enum Role {

    /** Administers the installation; sees all of its agency. */
    ADMIN("Quản trị hệ thống"),
    /** Văn phòng Bộ: tracks, urges and reports on every task of its agency. */
    OFFICE("Văn phòng Bộ"),
    /** A member of leadership: the tasks they supervise and those of the units they supervise. */
    LEADER("Lãnh đạo Bộ"),
    /** A unit's staff: the tasks their unit leads or coordinates. */
    UNIT("Đơn vị"),
    /** Vụ Pháp chế: reads every task of its agency, for legal review. */
    LEGAL("Vụ Pháp chế");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
