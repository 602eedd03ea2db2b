/**
 * Directives: the documents (Chỉ thị, Nghị quyết, Quyết định, Công văn…) that assign tasks,
 * with their number, issuer, date, signer and text.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "organization", "identity", "audit" })
package vn.nhiemvu.directive;
