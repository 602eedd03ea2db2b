/**
 * Background jobs (công việc nền): long work (large exports, periodic reports, imports) run on a
 * bounded pool off the request thread, with progress people can watch and a result file to download.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "cluster" })
package vn.nhiemvu.job;
