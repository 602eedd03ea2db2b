/**
 * Organization: agencies (the Government, ministries, provinces), the units of an agency as a
 * tree, and the leaders with the units each of them supervises.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "cluster" })
package vn.nhiemvu.organization;
