/**
 * Deadline phrases: turns the deadline wording of a directive ("trước ngày 30/9/2020", "trong quý
 * III năm 2020", "hằng tháng") into a date and a kind, or says it did not understand — never a guess.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "calendar", "identity" })
package vn.nhiemvu.deadline;
