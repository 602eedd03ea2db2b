package vn.nhiemvu.round;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;

import vn.nhiemvu.dossier.DossierView;
import vn.nhiemvu.dossier.FileRole;
import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.plan.ProgressReport;
import vn.nhiemvu.plan.ProgressReportDraft;
import vn.nhiemvu.task.TaskView;

/**
 * The ministry's tasks an outside agency leads (issue 16 item 6, ADR 0053), as that agency's focal person works on
 * them: tracked like any task (status, deadline, the Office's lists), the focal person reporting progress, adding the
 * detailed plan or the result to the dossier and recording the completion, through the task, plan and dossier modules
 * with their rules, in the ministry's name and the task module's scope (only their agency's tasks; another's, or any
 * other task of the ministry, is not found). Only focal people: staff work on the task pages.
 */
public interface LeadAgencyTasks {

    /** Every task the focal person's agency leads, evaluated today, in the order they were assigned. */
    List<TaskView> tasks(CurrentUser user);

    TaskView task(CurrentUser user, long taskId);

    /** Records the completion on the date, by the rules a lead unit keeps (steps done, dates). */
    TaskView complete(CurrentUser user, long taskId, LocalDate completedAt);

    ProgressReport reportProgress(CurrentUser user, long taskId, ProgressReportDraft draft);

    /** The progress reports of the task, newest first. */
    List<ProgressReport> progressReports(CurrentUser user, long taskId);

    /** Adds a file to the task's dossier: the agency's detailed plan ({@link FileRole#OTHER}) or the result. */
    DossierView.FileView addFile(CurrentUser user, long taskId, FileRole role, String originalName,
            InputStream content, String idempotencyKey);
}
