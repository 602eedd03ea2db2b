package vn.nhiemvu.area;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;

/**
 * The area module's API. Lists and boards are the user's agency's; a task's areas are read and assigned only on a task
 * the user may see (else 404), and boards count only the tasks the user may see.
 */
public interface ManagementAreas {

    /** The agency's areas, in their order. */
    List<ManagementArea> list(CurrentUser user);

    /** The area with the code (404 when the agency has none). */
    ManagementArea get(CurrentUser user, String code);

    /** A new area ({@link AreaPermissions.Action#MANAGE}); audited. */
    ManagementArea create(CurrentUser user, AreaDraft draft);

    /** Replaces the area's fields ({@link AreaPermissions.Action#MANAGE}); audited. */
    ManagementArea update(CurrentUser user, String code, AreaDraft draft);

    /** The task's areas, in their order. */
    List<ManagementArea> areasOf(CurrentUser user, long taskId);

    /**
     * Sets the task's areas to exactly those with the codes ({@link AreaPermissions.Action#ASSIGN}; an unknown code is
     * a 400 and nothing changes); audited when they change.
     */
    List<ManagementArea> assign(CurrentUser user, long taskId, List<String> codes);

    /**
     * Every area's figures over the tasks the user may see, as of the date, the on-time ratio over those due in [from,
     * to] (a 400 on {@code to} when the period ends before it starts), under the policy (null: the agency's).
     */
    AreaBoard board(CurrentUser user, LocalDate from, LocalDate to, LocalDate asOf, EvaluationPolicy.Kind policy);

    /** One area's board: its figures, overdue tasks and units ranked within it. */
    AreaDetail detail(CurrentUser user, String code, LocalDate from, LocalDate to, LocalDate asOf,
            EvaluationPolicy.Kind policy);
}
