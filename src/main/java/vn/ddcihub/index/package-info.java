/**
 * The DDCI index (bộ chỉ số): editions and their definitions, assessed units, results,
 * league tables, unit profiles and targets math. The door:
 * {@link vn.ddcihub.index.IndexApi}; pages and API in {@code web}, computation and
 * storage in {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "org", "shared", "scoring", "documents", "web" })
package vn.ddcihub.index;
