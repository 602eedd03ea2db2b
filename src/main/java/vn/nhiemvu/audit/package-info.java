/**
 * Audit: an append-only, hash-chained record of every change (who, when, what, before and
 * after), written in the same transaction as the change itself.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.nhiemvu.audit;
