/**
 * Measurement (issue 17, items 2 and 3; ADR 0046): indicators (chỉ tiêu) of the management areas with their measured
 * values, attainment and a stated forecast for the period's end; the PAR index (Chỉ số cải cách hành chính) as a
 * structure of criteria kept as data, and the units' self-assessment against it. Areas and units are read through
 * their modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = { "shared", "identity", "organization", "area", "audit", "cluster", "evaluation", "reporting", "task" })
package vn.nhiemvu.measurement;
