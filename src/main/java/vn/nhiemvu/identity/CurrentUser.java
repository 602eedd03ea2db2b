package vn.nhiemvu.identity;

import java.io.Serializable;
import java.util.Objects;

/**
 * The signed-in user, as services need it to decide scope. Controllers receive it as a method
 * argument; services take it explicitly, so that scope is checked where the data is read.
 *
 * @param unitId   the user's unit (required for {@link Role#UNIT})
 * @param leaderId the leader the account belongs to (required for {@link Role#LEADER})
 */
public record CurrentUser(long id, String username, String displayName, Role role, long agencyId, Long unitId,
        Long leaderId) implements Serializable {

    public CurrentUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(role, "role");
        if (role == Role.UNIT && unitId == null) {
            throw new IllegalArgumentException("a UNIT account needs a unit: " + username);
        }
        if (role == Role.LEADER && leaderId == null) {
            throw new IllegalArgumentException("a LEADER account needs a leader: " + username);
        }
    }

    /** Sees every task of its agency (the Office, the Legal Department, administrators). */
    public boolean seesWholeAgency() {
        return role == Role.ADMIN || role == Role.OFFICE || role == Role.LEGAL;
    }

    /** May create and edit tasks of its agency and record completions for any unit. */
    public boolean managesAgency() {
        return role == Role.ADMIN || role == Role.OFFICE;
    }

    /** Administers the installation: accounts, the organisation directory, the calendar, the audit. */
    public boolean administers() {
        return role == Role.ADMIN;
    }

    /**
     * The focal person of an outside agency (ADR 0035): works in the proposal rounds addressed to their agency and
     * nowhere else; the pages of the ministry's staff are not theirs.
     */
    public boolean respondent() {
        return role == Role.RESPONDENT;
    }

    /** A member of the ministry's staff: everyone but an outside agency's focal person. */
    public boolean staff() {
        return role != Role.RESPONDENT;
    }

    /** Reviews dossiers before submission (thẩm định): the Legal Department. */
    public boolean reviewsDossiers() {
        return role == Role.LEGAL;
    }
}
