package vn.nhiemvu.plan;

import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.identity.CurrentUser;

/** The Office's requirement that lead units report progress each period, and who has not. */
public interface ReportSchedules {

    /** Requires the task's lead unit to report at the frequency; null removes the requirement. Office or admin only. */
    void require(CurrentUser user, long taskId, ReportFrequency frequency);

    /** Open tasks in the user's scope, with a requirement, whose lead unit has not reported since the period began. */
    List<MissingReport> missing(CurrentUser user, LocalDate asOf);
}
