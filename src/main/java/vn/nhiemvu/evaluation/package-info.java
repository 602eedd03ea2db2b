/**
 * Evaluation: how a task stands as of a date (on time, late, due soon, overdue) under the
 * rules of Chỉ thị 75. Pure functions; the one place where status is decided.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "calendar", "identity", "audit", "cluster" })
package vn.nhiemvu.evaluation;
