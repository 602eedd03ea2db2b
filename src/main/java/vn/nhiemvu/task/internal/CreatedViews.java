package vn.nhiemvu.task.internal;

import java.time.LocalDate;

import vn.nhiemvu.evaluation.EvaluationPolicy;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.TaskView;

/**
 * The view of a task just created, as evaluated today with the agency's own policy, while the listeners of its
 * creation run: they record the audit entry, the dashboard's counts and the notices, and the notices ask for the same
 * view again. None of them changes the task, so the view is true for as long as they run; it is forgotten as soon as
 * they return (a later change in the same transaction, such as a spreadsheet row completing the task it created,
 * reads the task again). Only for readers who see the whole agency, so no scope check is skipped.
 */
final class CreatedViews {

    private static final ThreadLocal<Created> CURRENT = new ThreadLocal<>();

    private CreatedViews() {
    }

    private record Created(long agencyId, TaskView view) {
    }

    static void during(long agencyId, TaskView view, Runnable listeners) {
        Created outer = CURRENT.get();
        CURRENT.set(new Created(agencyId, view));
        try {
            listeners.run();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** @return the view of the task whose creation is being announced, or null when it must be read */
    static TaskView find(CurrentUser user, long id, LocalDate asOf, EvaluationPolicy.Kind policy) {
        Created created = CURRENT.get();
        return created != null && created.view().id() == id && policy == null && user.managesAgency()
                && created.agencyId() == user.agencyId() && created.view().asOf().equals(asOf) ? created.view() : null;
    }
}
