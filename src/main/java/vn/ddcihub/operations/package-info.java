/**
 * Operations that move the index (đòn bẩy tác nghiệp): administrative-procedure dossiers
 * and their on-time analytics, business questions and petitions with their public portal,
 * publications, business dialogues, inspections, and the KPIs that link each of them to
 * the components it moves. Components come from {@link vn.ddcihub.index.IndexApi};
 * reminders go out through execution's notifications (the
 * {@link vn.ddcihub.execution.DueReminder} event); the KPI tiles reach the unit profile
 * and the dashboards through the index port {@code ComponentKpis}. One sub-package per
 * lever ({@code dossier}, {@code question}, {@code publication}, {@code dialogue},
 * {@code inspection}, {@code kpi}), each with its pages and API in a {@code web}
 * sub-package.
 */
@org.springframework.modulith.ApplicationModule(
		allowedDependencies = { "execution", "plan", "index", "org", "shared", "scoring", "documents", "web" })
package vn.ddcihub.operations;
