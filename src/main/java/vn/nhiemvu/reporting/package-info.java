/**
 * Periodic reports (báo cáo định kỳ) over the reporting periods of Nghị định 09/2019/NĐ-CP: figures as of the
 * cut-off, snapshots of issued reports, exports (xlsx, PDF, the structured electronic report in JSON and XML)
 * and sending it to the Government reporting system.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "audit", "identity", "organization", "directive",
        "task", "evaluation", "plan", "officialdocument", "job" })
package vn.nhiemvu.reporting;
