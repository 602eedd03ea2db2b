/**
 * Set-up: the first start of an installation without demo data — the organisation directory from a file and the
 * first administrator account — and later directory files through the administrator's API; the administrator's view
 * of the audit log's verification.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organization", "identity", "audit", "demo" })
package vn.nhiemvu.setup;
