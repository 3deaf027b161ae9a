/**
 * The public portal (cổng công khai): the province's published DDCI editions, league
 * tables, unit profiles, the methodology and each published edition's questionnaire,
 * without signing in, under {@code /cong-khai}. It reads the index only through its door
 * {@link vn.ddcihub.index.IndexApi}, which answers published editions only.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "index", "survey", "web", "shared", "documents" })
package vn.ddcihub.portal;
