/**
 * Identity: accounts, roles, login (form, HTTP Basic, personal API tokens) and the signed-in
 * user whose scope every other module enforces.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "cluster" })
package vn.nhiemvu.identity;
