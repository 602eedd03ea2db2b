/**
 * The task list as an editable spreadsheet: export the tasks in the user's scope to .xlsx, edit
 * them in Excel or LibreOffice, and import the sheet back, checked row by row.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "organization", "directive", "evaluation", "task", "job" })
package vn.nhiemvu.tasksheet;
