/**
 * The web shell: RFC 9457 problem details in Vietnamese for every error, the layout shared by
 * the pages, the home page and the login page.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "inbox", "demo" })
package vn.nhiemvu.web;
