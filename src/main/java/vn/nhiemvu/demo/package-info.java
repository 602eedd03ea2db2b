/**
 * Demo data: the organisation, the real directives and tasks of the seed documents, and one
 * demo account per role, loaded into an empty database.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "organization", "identity", "directive", "task" })
package vn.nhiemvu.demo;
