package vn.nhiemvu.identity;

import vn.nhiemvu.shared.Message;

/** What an account may see and do. Scope is enforced by the modules' services, not only by URLs. */
public enum Role {

    /** Administers the installation; sees all of its agency. */
    ADMIN,
    /** Văn phòng Bộ: tracks, urges and reports on every task of its agency. */
    OFFICE,
    /** A member of leadership: the tasks they supervise and those of the units they supervise. */
    LEADER,
    /** A unit's staff: the tasks their unit leads or coordinates. */
    UNIT,
    /** Vụ Pháp chế: reads every task of its agency, for legal review. */
    LEGAL,
    /**
     * The focal person of an outside agency (a ministry, a province) that a proposal round asks: the account belongs to
     * that agency, sees only the rounds addressed to it and its own answers, and nothing of the ministry's tasks.
     */
    RESPONDENT;

    /** The message code of the role's name ("role.OFFICE"), for pages. */
    public String code() {
        return "role." + name();
    }

    /** The Vietnamese name, for the API, files and logs. */
    public String label() {
        return Message.of(code()).vietnamese();
    }
}
