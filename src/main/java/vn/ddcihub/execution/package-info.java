/**
 * Carrying out plans (tổ chức thực hiện): reporting lines and periods generated from a
 * plan, unit reports with one entry per task, evidence files, review by the Office,
 * reminders and notifications, consolidated monthly, year and upward reports, and the
 * leadership and province dashboards. Reads plans through {@link vn.ddcihub.plan.PlanApi}
 * and scores through {@link vn.ddcihub.index.IndexApi}; pages and API in {@code web},
 * rules and storage in {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "plan", "index", "org", "shared", "scoring", "documents", "web" })
package vn.ddcihub.execution;
