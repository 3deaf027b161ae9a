/**
 * Running the application: the embedded PostgreSQL, the data source, the security filter
 * chain and OpenAPI, and the check of handlers' access rules before binding. Depends on
 * the organisation door for API tokens and on the shared layout for the API's error
 * answers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "org", "shared", "web" })
package vn.ddcihub.system;
