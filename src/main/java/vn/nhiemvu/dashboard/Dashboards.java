package vn.nhiemvu.dashboard;

import java.time.LocalDate;

import vn.nhiemvu.identity.CurrentUser;

/**
 * The dashboard module's API. Scope: the Office, the Legal Department and administrators see the whole
 * agency; a leader the units they supervise and the tasks they supervise; a unit the tasks it leads.
 */
public interface Dashboards {

    /**
     * Counts per status for the user's scope, per unit, per leader, and the trend of the last 12 months, as
     * of the date (null: today). The date may not be before today: the aggregates hold today's facts, and
     * judge them on any later date exactly; the past is the periodic reports' (which evaluate every task).
     */
    Dashboard dashboard(CurrentUser user, LocalDate asOf);

    /** Only the counts per unit (all units of the agency for the Office), in one answer. */
    Dashboard.Units units(CurrentUser user, LocalDate asOf);

    /** Recounts every task of the administrator's agency, compares with the aggregates and repairs them. */
    Recount recount(CurrentUser user);
}
