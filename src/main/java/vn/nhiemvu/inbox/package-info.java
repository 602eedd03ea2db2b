/**
 * Inbox: what waits for the signed-in person (requests to decide, plans to approve, dossiers to
 * review), gathered from the modules that own the work.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity" })
package vn.nhiemvu.inbox;
