/**
 * Cluster: what makes two application nodes on one database one system — signals every node hears (PostgreSQL
 * LISTEN/NOTIFY; on H2, a single node, this node only) and stores of bytes every node reads (a table of the owning
 * module in PostgreSQL; on H2, a local directory). See ADR 0019.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package vn.nhiemvu.cluster;
