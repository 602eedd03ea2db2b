/**
 * Monitoring: sweeps that warn before deadlines and milestones, notify when they pass, repeat and escalate,
 * chase missing progress reports and undecided requests, send the Office a weekly digest (each notice once per
 * rule, subject and occasion); notices of what people do to a task, and the settling of notices whose ask is done;
 * the Office's urging letters (phiếu đôn đốc) as official PDFs; and the reminders of proposal rounds to the agencies
 * that have not answered (before the deadline, the first working day after, and when the organiser urges them); the early warning of the
 * indicators whose forecast misses their target (once per indicator and period measured).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "organization",
        "calendar", "evaluation", "task", "plan", "dossier", "audit", "officialdocument", "round", "measurement" })
package vn.nhiemvu.monitoring;
