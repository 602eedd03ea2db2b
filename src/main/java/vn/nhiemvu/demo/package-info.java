/**
 * Demo data: the organisation, the real directives and tasks of the seed documents, the proposal round of seed 003
 * with two outside agencies' focal people, the management areas of seed 004, a few units' staff as
 * performers of their tasks (ADR 0040), the PAR index of seed 001 and an indicator (ADR 0046), and one demo account per
 * role, loaded into an empty database.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "organization", "identity", "directive", "task", "round", "area", "people", "measurement" })
package vn.nhiemvu.demo;
