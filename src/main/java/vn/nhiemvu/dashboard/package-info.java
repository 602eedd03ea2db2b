/**
 * The Ministry Office's dashboard: counts per status for the agency, per unit and per leader, kept as
 * incremental aggregates in the same transaction as each task change (ADR 0008), so that a dashboard
 * costs O(units), not O(tasks); checked against a full recount; pushed live to open pages (SSE).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "organization", "calendar", "evaluation", "task", "plan", "directive",
                "cluster" })
package vn.nhiemvu.dashboard;
