/**
 * Set-up: the first start of an installation without demo data — the organisation directory from a file and the
 * first administrator account — and later directory files through the administrator's API.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organization", "identity" })
package vn.nhiemvu.setup;
