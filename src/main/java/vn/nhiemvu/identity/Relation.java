package vn.nhiemvu.identity;

import vn.nhiemvu.shared.Message;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * The part a user plays in one task, which decides what they may do to it and to its path (plan,
 * dossier, requests). Every module's permission {@link Policy} is a table of actions × relations.
 */
public enum Relation {

    /** A UNIT account of the task's lead unit. */
    LEAD_UNIT,
    /** A UNIT account of one of the task's coordinating units. */
    COORDINATING_UNIT,
    /**
     * The head of the task's lead unit (or of a person's unit), as the people module designates: never what
     * {@link #of} answers; only the policies about people and their work items name it (ADR 0040).
     */
    UNIT_HEAD,
    /** The person a record is about (their own sheet of work items), as the people module decides (ADR 0040). */
    SELF,
    /** The leader who supervises the task or its lead unit: every LEADER who sees the task. */
    SUPERVISING_LEADER,
    /** Văn phòng Bộ: tracks every task of its agency and acts on the lead unit's behalf. */
    OFFICE,
    /** Vụ Pháp chế: reads every task of its agency, reviews dossiers. */
    LEGAL,
    /** An administrator: on the task's path the Office's rights, none of a leader's or Legal's own (ADR 0028). */
    ADMINISTRATOR,
    /** The focal person of an outside agency that a proposal round is addressed to. */
    RESPONDENT,
    /**
     * The focal person of the outside agency that leads the task (ADR 0053): reports on it as a lead unit does, as
     * {@code task.TaskPermissions} decides (scope admits a focal person only to the tasks their agency leads).
     */
    LEAD_AGENCY,
    /** Anyone else: a unit with no part in the task (it does not see it), or no task at all. */
    OUTSIDER;

    public String code() {
        return "relation." + name();
    }

    public String label() {
        return Message.of(code()).vietnamese();
    }

    /**
     * The user's part in a task they see (scope is checked before: a LEADER sees a task only when they supervise it
     * or its lead unit, so every leader who sees it is its supervising leader).
     *
     * @param leadUnitId null for a task without a lead unit
     */
    public static Relation of(CurrentUser user, Long leadUnitId, Collection<Long> coordinatingUnitIds) {
        return switch (user.role()) {
            case ADMIN -> ADMINISTRATOR;
            case OFFICE -> OFFICE;
            case LEGAL -> LEGAL;
            case LEADER -> SUPERVISING_LEADER;
            case UNIT -> user.unitId().equals(leadUnitId) ? LEAD_UNIT
                    : coordinatingUnitIds.contains(user.unitId()) ? COORDINATING_UNIT : OUTSIDER;
            case RESPONDENT -> OUTSIDER;
        };
    }

    /** The parts an account of this role can play in some task: what a list page or an inbox may offer it. */
    public static Set<Relation> possibleFor(Role role) {
        return switch (role) {
            case ADMIN -> EnumSet.of(ADMINISTRATOR);
            case OFFICE -> EnumSet.of(OFFICE);
            case LEGAL -> EnumSet.of(LEGAL);
            case LEADER -> EnumSet.of(SUPERVISING_LEADER);
            case UNIT -> EnumSet.of(LEAD_UNIT, COORDINATING_UNIT, UNIT_HEAD, SELF, OUTSIDER);
            case RESPONDENT -> EnumSet.of(RESPONDENT, LEAD_AGENCY);
        };
    }
}
