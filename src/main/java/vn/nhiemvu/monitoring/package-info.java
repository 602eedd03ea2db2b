/**
 * Monitoring: sweeps that warn before deadlines and milestones, notify when they pass, repeat and escalate,
 * chase missing progress reports and undecided requests, send the Office a weekly digest (each notice once per
 * rule, subject and occasion); notices of what people do to a task, and the settling of notices whose ask is done;
 * and the Office's urging letters (phiếu đôn đốc) as official PDFs.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "organization",
        "calendar", "evaluation", "task", "plan", "dossier", "audit", "officialdocument" })
package vn.nhiemvu.monitoring;
