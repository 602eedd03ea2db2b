/**
 * Implementation plans (kế hoạch thực hiện) of tasks, with versions, milestones and approval, and the units' progress reports.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "deadline", "task", "audit", "inbox" })
package vn.nhiemvu.plan;
