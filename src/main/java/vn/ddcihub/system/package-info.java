/**
 * Running the application: the embedded PostgreSQL, the data source, the security filter chain and
 * OpenAPI. Depends only on the organisation door for API tokens.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "shared" })
package vn.ddcihub.system;
