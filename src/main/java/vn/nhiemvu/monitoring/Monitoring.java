package vn.nhiemvu.monitoring;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/** The monitoring module's API. */
public interface Monitoring {

    /** The agency's rules (its own, else the configured defaults). */
    MonitoringRules rules(long agencyId);

    /** Sets the user's agency's rules; the Office or an administrator only. */
    MonitoringRules updateRules(CurrentUser user, MonitoringRules rules);

    /** Runs every rule for every agency as of the date; returns how many notices were sent now. */
    int sweep(LocalDate asOf);

    /**
     * Notices newest first: the Office, Legal and administrators see the agency's, others those sent to them.
     *
     * @param taskId only those about the task (null: all)
     */
    List<Notice> notices(CurrentUser user, Long taskId, int limit);
}
