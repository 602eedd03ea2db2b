/**
 * Calendar: Vietnamese working days — weekends, public holidays (solar and lunar, computed for
 * UTC+7), compensatory days, and the day swaps the Government announces each year.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "cluster" })
package vn.nhiemvu.calendar;
