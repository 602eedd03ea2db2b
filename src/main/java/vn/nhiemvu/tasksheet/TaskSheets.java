package vn.nhiemvu.tasksheet;

import java.io.OutputStream;

import vn.nhiemvu.identity.CurrentUser;
import vn.nhiemvu.task.TaskFilter;

/**
 * The task list as a spreadsheet. Export: every task in the user's scope that the filter selects,
 * one row each. Import (Văn phòng Bộ, administrators): rows with an ID update that task at the
 * version exported, rows without create one; every write goes through the task module.
 */
public interface TaskSheets {

    String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** The job kind of a large import. */
    String IMPORT_JOB = "TASK_IMPORT";

    /** Writes the .xlsx; a bad filter fails before the first byte is written. */
    void export(CurrentUser user, TaskFilter filter, OutputStream out);

    /**
     * Checks the sheet and imports it (or only checks it when {@code dryRun}); a sheet with more rows
     * than {@code nhiemvu.tasksheet.job-threshold} runs as a background job.
     */
    ImportOutcome importSheet(CurrentUser user, byte[] content, ImportMode mode, boolean dryRun);
}
