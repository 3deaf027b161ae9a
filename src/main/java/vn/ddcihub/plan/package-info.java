/**
 * Improvement plans (kế hoạch nâng cao chỉ số): goals, component targets, tasks with lead
 * and coordinating units, issued versions and plan documents. The door:
 * {@link vn.ddcihub.plan.PlanApi}; pages and API in {@code web}, rules and storage in
 * {@code domain}.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "index", "org", "shared", "scoring", "documents", "web" })
package vn.ddcihub.plan;
